//! Benchmarks of the corpus tool: the real seeds, and generated corpora of
//! 10, 100 and 1,000 articles (to see how time grows with size).
//! Run with `cargo bench --bench pipeline`; results go in BENCHMARKS.md.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use parallax::corpus::{build, output, synth, Inputs};

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn bytes_of(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).sum()
}

fn pipeline(c: &mut Criterion) {
    let real = Inputs::from_dir(seeds());
    let mut g = c.benchmark_group("pipeline");
    g.sample_size(20);
    g.throughput(Throughput::Bytes(bytes_of(&seeds())));
    g.bench_function("seeds (5 articles)", |b| b.iter(|| output::to_json(&build(&real).unwrap())));

    let pool = build(&real).unwrap();
    let topics = std::fs::read_to_string(seeds().join("topics.toml")).unwrap();
    for n in [10usize, 100, 1000] {
        let dir = std::env::temp_dir().join(format!("parallax-bench-{n}"));
        let _ = std::fs::remove_dir_all(&dir);
        synth::write_synthetic(&dir, n, &pool, &topics).unwrap();
        let inputs = Inputs::from_dir(&dir);
        g.throughput(Throughput::Bytes(bytes_of(&dir)));
        if n == 1000 {
            g.sample_size(10);
        }
        g.bench_with_input(BenchmarkId::new("generated", n), &inputs, |b, i| {
            b.iter(|| output::to_json(&build(i).unwrap()))
        });
        let _ = std::fs::remove_dir_all(&dir);
    }
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
