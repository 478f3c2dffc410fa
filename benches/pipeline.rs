//! Benchmarks of the corpus tool: the real seeds, and generated corpora of
//! 10, 100 and 1,000 articles (to see how time grows with size).
//! Run with `cargo bench --bench pipeline`; results go in BENCHMARKS.md.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use parallax::pipeline::{build, output, synth, Inputs};

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn bytes_of(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).sum()
}

fn pipeline(c: &mut Criterion) {
    let real = Inputs::from_dir(seeds());
    // `PARALLAX_BENCH_QUICK=1` (a check that the benchmark runs, from the
    // tests): the smallest generated corpus only, fewest samples, short runs.
    let quick = std::env::var("PARALLAX_BENCH_QUICK").is_ok_and(|v| v == "1");
    let mut g = c.benchmark_group("pipeline");
    g.sample_size(if quick { 10 } else { 20 });
    if quick {
        g.warm_up_time(std::time::Duration::from_millis(300));
        g.measurement_time(std::time::Duration::from_secs(1));
    }
    g.throughput(Throughput::Bytes(bytes_of(&seeds())));
    g.bench_function("seeds (5 articles)", |b| b.iter(|| output::to_json(&build(&real).unwrap())));

    let pool = build(&real).unwrap();
    let topics = std::fs::read_to_string(seeds().join("topics.toml")).unwrap();
    let sizes: &[usize] = if quick { &[10] } else { &[10, 100, 1000] };
    for &n in sizes {
        let dir = std::env::temp_dir().join(format!("parallax-bench-{n}"));
        let _ = std::fs::remove_dir_all(&dir);
        synth::write_synthetic(&dir, n, &pool, &topics).unwrap();
        let inputs = Inputs::from_dir(&dir);
        g.throughput(Throughput::Bytes(bytes_of(&dir)));
        if n == 1000 || quick {
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
