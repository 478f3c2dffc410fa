//! A small static file server for the browser tests: serves a `dist/`
//! folder under a sub-path (as a static host would), with per-path faults
//! (status codes, replaced bodies, delays, dropped connections) so tests can
//! play a broken or slow host.
//!
//! Hand-written on purpose: the well-kept servers on crates.io are either
//! async (axum, warp, hyper: a tokio runtime in every test) or, like
//! `tiny_http`, hide the socket, so they cannot send half a body and drop
//! the connection, which is the fault a cut-off download needs. This one is
//! std only, one thread per server, and about 200 lines.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// What the server does for a request whose path ends with a given suffix.
#[derive(Clone, Debug)]
pub enum Fault {
    /// Answer with this status and a short text body.
    Status(u16),
    /// Answer 200 with this body and content type instead of the file.
    Body(String, &'static str),
    /// Wait this long before answering normally.
    Delay(Duration),
    /// Send the headers and half of the body, then close the connection.
    Truncate,
}

/// A running server; stops accepting when dropped (the thread ends with the test process).
pub struct Server {
    /// Base URL of the site, ending in `/`, e.g. `http://127.0.0.1:4711/some/sub/path/`.
    pub url: String,
    faults: Arc<Mutex<HashMap<String, Fault>>>,
    extra_headers: Arc<Mutex<Vec<(String, String)>>>,
    hits: Arc<Mutex<Vec<String>>>,
    compress: Arc<std::sync::atomic::AtomicBool>,
}

/// The sub-path the site is served under: deep enough to catch absolute URLs.
pub const SUB_PATH: &str = "/some/sub/path/";

impl Server {
    /// Serves `root` under [`SUB_PATH`] on a free port of 127.0.0.1.
    pub fn start(root: &Path) -> Server {
        Server::start_at(root, SUB_PATH)
    }

    /// Serves `root` under `mount` (`/`, or a path such as `/x/`) on a free
    /// port of 127.0.0.1: a site built for a fixed public URL is served where
    /// it was built to live.
    pub fn start_at(root: &Path, mount: &'static str) -> Server {
        assert!(mount.starts_with('/') && mount.ends_with('/'), "mount {mount:?} must start and end with /");
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        let port = listener.local_addr().unwrap().port();
        let faults: Arc<Mutex<HashMap<String, Fault>>> = Arc::default();
        let extra_headers: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
        let hits: Arc<Mutex<Vec<String>>> = Arc::default();
        let compress: Arc<std::sync::atomic::AtomicBool> = Arc::default();
        let root = root.to_path_buf();
        let (f, h, x, z) = (faults.clone(), hits.clone(), extra_headers.clone(), compress.clone());
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, f, h, x, z) = (root.clone(), f.clone(), h.clone(), x.clone(), z.clone());
                thread::spawn(move || {
                    let _ = handle(stream, &root, mount, &f, &h, &x, &z);
                });
            }
        });
        Server { url: format!("http://127.0.0.1:{port}{mount}"), faults, extra_headers, hits, compress }
    }

    /// Serves text, JS, wasm and JSON brotli-compressed to clients that accept
    /// it, as a production static host would (off by default).
    pub fn compress(&self, on: bool) {
        self.compress.store(on, std::sync::atomic::Ordering::SeqCst);
    }

    /// Makes requests whose path ends with `suffix` fail with `fault`.
    pub fn fault(&self, suffix: &str, fault: Fault) {
        self.faults.lock().unwrap().insert(suffix.to_string(), fault);
    }

    /// Removes all faults.
    pub fn clear_faults(&self) {
        self.faults.lock().unwrap().clear();
    }

    /// Adds a response header to every answer (e.g. a Content-Security-Policy).
    pub fn header(&self, name: &str, value: &str) {
        self.extra_headers.lock().unwrap().push((name.to_string(), value.to_string()));
    }

    /// Paths requested so far.
    pub fn hits(&self) -> Vec<String> {
        self.hits.lock().unwrap().clone()
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn handle(
    mut stream: TcpStream,
    root: &Path,
    mount: &str,
    faults: &Mutex<HashMap<String, Fault>>,
    hits: &Mutex<Vec<String>>,
    extra: &Mutex<Vec<(String, String)>>,
    compress: &std::sync::atomic::AtomicBool,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut accepts_br = false;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("accept-encoding:") && lower.contains("br") {
            accepts_br = true;
        }
    }
    let brotli = accepts_br && compress.load(std::sync::atomic::Ordering::SeqCst);
    let target = request_line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    hits.lock().unwrap().push(target.clone());
    let fault =
        faults.lock().unwrap().iter().find(|(k, _)| path.ends_with(k.as_str())).map(|(_, v)| v.clone());
    let extra = extra.lock().unwrap().clone();
    let respond = |stream: &mut TcpStream, status: u16, ctype: &str, body: &[u8], truncate: bool| {
        let compressed;
        let (body, encoding) = if brotli && status == 200 && !ctype.starts_with("image/") && !truncate {
            compressed = brotli_cached(body);
            (&compressed[..], "Content-Encoding: br\r\nVary: Accept-Encoding\r\n")
        } else {
            (body, "")
        };
        let reason = match status {
            200 => "OK",
            404 => "Not Found",
            500 => "Internal Server Error",
            503 => "Service Unavailable",
            _ => "Status",
        };
        let mut head = format!(
            "HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n{encoding}",
            body.len()
        );
        for (k, v) in &extra {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes())?;
        if truncate {
            stream.write_all(&body[..body.len() / 2])?;
            stream.flush()?;
            return stream.shutdown(std::net::Shutdown::Both);
        }
        stream.write_all(body)
    };
    let file = resolve(root, mount, &path);
    match fault {
        Some(Fault::Status(code)) => {
            return respond(&mut stream, code, "text/plain", b"fault injected by test", false)
        }
        Some(Fault::Body(body, ctype)) => return respond(&mut stream, 200, ctype, body.as_bytes(), false),
        Some(Fault::Delay(d)) => thread::sleep(d),
        _ => {}
    }
    match file.and_then(|p| std::fs::read(&p).ok().map(|b| (p, b))) {
        Some((p, body)) => {
            respond(&mut stream, 200, content_type(&p), &body, matches!(fault, Some(Fault::Truncate)))
        }
        None => respond(&mut stream, 404, "text/plain", b"not found", false),
    }
}

/// Maps a request path to a file under `root`, or `None` outside `mount`.
fn resolve(root: &Path, mount: &str, path: &str) -> Option<PathBuf> {
    let rest = path.strip_prefix(mount)?;
    let rest = if rest.is_empty() { "index.html" } else { rest };
    if rest.split('/').any(|seg| seg == ".." || seg.is_empty()) {
        return None;
    }
    Some(root.join(rest))
}

/// Brotli (quality 11) of `body`, computed once per distinct body.
fn brotli_cached(body: &[u8]) -> Vec<u8> {
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};
    static CACHE: Mutex<Option<HashMap<u64, Vec<u8>>>> = Mutex::new(None);
    let mut h = DefaultHasher::new();
    body.hash(&mut h);
    let key = h.finish();
    if let Some(hit) = CACHE.lock().unwrap().get_or_insert_with(HashMap::new).get(&key) {
        return hit.clone();
    }
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        let _ = w.write_all(body);
    }
    CACHE.lock().unwrap().get_or_insert_with(HashMap::new).insert(key, out.clone());
    out
}
