//! A minimal synchronous W3C WebDriver client for the browser tests, with
//! the driver process (chromedriver, geckodriver or WebKitWebDriver) it
//! talks to. Dropping a
//! [`Browser`] ends the session (closing the browser) and then kills the
//! driver, so no browser outlives a test, even one that panics.
//!
//! Hand-written on purpose: the WebDriver crates (`fantoccini`,
//! `thirtyfour`) are async and bring a tokio runtime into every test, while
//! these tests are plain synchronous functions that also call Chromium's
//! DevTools commands (`goog/cdp/execute`: CPU throttling, emulated media,
//! the clipboard) and start and stop the driver processes themselves. What
//! they need of the protocol is a dozen JSON calls, made here over blocking
//! HTTP with `ureq`.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Which browser to drive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Debian's chromium with chromedriver.
    Chromium,
    /// firefox-esr with geckodriver.
    Firefox,
    /// WebKitGTK's MiniBrowser (Safari's engine) with WebKitWebDriver, on
    /// an Xvfb display of its own (WebKitGTK has no headless mode).
    WebKit,
}

/// At most this many browsers run at once (the machines have two cores).
const MAX_BROWSERS: usize = 2;
static RUNNING: Mutex<usize> = Mutex::new(0);
static SLOT_FREED: Condvar = Condvar::new();

struct Slot;
impl Slot {
    fn take() -> Slot {
        let mut n = RUNNING.lock().unwrap_or_else(|e| e.into_inner());
        while *n >= MAX_BROWSERS {
            n = SLOT_FREED.wait(n).unwrap_or_else(|e| e.into_inner());
        }
        *n += 1;
        Slot
    }
}
impl Drop for Slot {
    fn drop(&mut self) {
        *RUNNING.lock().unwrap_or_else(|e| e.into_inner()) -= 1;
        SLOT_FREED.notify_one();
    }
}

/// An element found on the page.
#[derive(Clone, Debug)]
pub struct Element(pub String);

/// One browser session and its driver process.
pub struct Browser {
    /// Which browser this is.
    pub kind: Kind,
    base: String,
    agent: ureq::Agent,
    driver: Child,
    /// The X server a WebKit browser draws on.
    display: Option<Child>,
    profile: std::path::PathBuf,
    _slot: Slot,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn find_program(names: &[&str]) -> String {
    for n in names {
        if let Ok(p) = which(n) {
            return p;
        }
    }
    panic!("none of {names:?} is installed: run scripts/test.sh, which installs the browsers and drivers");
}

fn which(name: &str) -> Result<String, ()> {
    let path = std::env::var("PATH").unwrap_or_default();
    let home_cargo = std::env::var("HOME").map(|h| format!("{h}/.cargo/bin")).unwrap_or_default();
    for dir in path.split(':').chain([home_cargo.as_str(), "/usr/bin"]) {
        let p = std::path::Path::new(dir).join(name);
        if p.is_file() {
            return Ok(p.to_string_lossy().into_owned());
        }
    }
    Err(())
}

/// Starts an Xvfb server on a free display number; returns the number and
/// the server, once it accepts connections.
fn start_display(width: u32, height: u32) -> (u32, Child) {
    let xvfb = find_program(&["Xvfb"]);
    // A display number from the process id and a counter, skipping any in use.
    static NEXT: Mutex<u32> = Mutex::new(0);
    loop {
        let n = {
            let mut next = NEXT.lock().unwrap_or_else(|e| e.into_inner());
            *next += 1;
            100 + (std::process::id() * 7 + *next) % 3000
        };
        let socket = format!("/tmp/.X11-unix/X{n}");
        if std::path::Path::new(&format!("/tmp/.X{n}-lock")).exists()
            || std::path::Path::new(&socket).exists()
        {
            continue;
        }
        let mut child = Command::new(&xvfb)
            .args([
                format!(":{n}"),
                "-screen".into(),
                "0".into(),
                format!("{width}x{height}x24"),
                "-nolisten".into(),
                "tcp".into(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {xvfb}: {e}"));
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if std::path::Path::new(&socket).exists() {
                return (n, child);
            }
            if let Ok(Some(_)) = child.try_wait() {
                break; // lost a race for this number: try another
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// WebKitGTK's MiniBrowser: it ships inside the library package, not on the PATH.
fn mini_browser() -> String {
    for lib in ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib"] {
        for api in ["webkit2gtk-4.1", "webkit2gtk-4.0", "webkitgtk-6.0"] {
            let p = std::path::Path::new(lib).join(api).join("MiniBrowser");
            if p.is_file() {
                return p.to_string_lossy().into_owned();
            }
        }
    }
    panic!("WebKitGTK's MiniBrowser is not installed: run scripts/test.sh, which installs webkit2gtk-driver");
}

impl Browser {
    /// Starts a headless browser of `kind` with a fresh profile.
    pub fn start(kind: Kind) -> Browser {
        Browser::start_sized(kind, 1280, 900)
    }

    /// Starts a headless browser with the given window size.
    pub fn start_sized(kind: Kind, width: u32, height: u32) -> Browser {
        let slot = Slot::take();
        let port = free_port();
        let profile = std::env::temp_dir().join(format!("parallax-profile-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&profile);
        std::fs::create_dir_all(&profile).unwrap();
        let (program, args) = match kind {
            Kind::Chromium => (find_program(&["chromedriver"]), vec![format!("--port={port}")]),
            Kind::Firefox => (find_program(&["geckodriver"]), vec!["--port".into(), port.to_string()]),
            Kind::WebKit => (find_program(&["WebKitWebDriver"]), vec![format!("--port={port}")]),
        };
        let display = (kind == Kind::WebKit).then(|| start_display(width, height));
        let mut driver = Command::new(&program);
        if let Some((n, _)) = &display {
            driver.env("DISPLAY", format!(":{n}"));
        }
        let display = display.map(|(_, child)| child);
        let driver = driver
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(60)).build();
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while agent.get(&format!("{base}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "{program} did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let caps = match kind {
            Kind::Chromium => json!({
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": find_program(&["chromium"]),
                    "args": [
                        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", format!("--user-data-dir={}", profile.display()),
                        format!("--window-size={width},{height}"),
                    ]
                }
            }),
            Kind::Firefox => json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": find_program(&["firefox-esr", "firefox"]),
                    "args": ["-headless", "-profile", profile.display().to_string(),
                             format!("--width={width}"), format!("--height={height}")],
                    "prefs": {
                        "app.update.enabled": false,
                        "browser.shell.checkDefaultBrowser": false,
                        "datareporting.policy.dataSubmissionEnabled": false,
                        "network.captive-portal-service.enabled": false,
                        "network.connectivity-service.enabled": false,
                        "toolkit.telemetry.enabled": false
                    }
                }
            }),
            Kind::WebKit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": { "binary": mini_browser(), "args": ["--automation"] }
            }),
        };
        let mut b = Browser { kind, base, agent, driver, display, profile, _slot: slot };
        let resp = b.raw("POST", "/session", json!({ "capabilities": { "alwaysMatch": caps } }));
        let id = resp["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {resp}")).to_string();
        b.base = format!("{}/session/{id}", b.base);
        if kind != Kind::Chromium {
            b.set_window_size(width, height);
        }
        b.cmd("POST", "/timeouts", json!({ "script": 30000, "pageLoad": 30000 }));
        b
    }

    fn raw(&self, method: &str, path: &str, body: Value) -> Value {
        self.try_raw(method, path, body).unwrap_or_else(|e| panic!("WebDriver {method} {path}: {e}"))
    }

    fn try_raw(&self, method: &str, path: &str, body: Value) -> Result<Value, String> {
        let url = format!("{}{path}", self.base);
        let req = self.agent.request(method, &url);
        let res = if method == "GET" || method == "DELETE" { req.call() } else { req.send_json(body) };
        let resp = match res {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(e) => return Err(e.to_string()),
        };
        let v: Value = resp.into_json().map_err(|e| e.to_string())?;
        match v["value"].get("error") {
            Some(err) => Err(format!("{err}: {}", v["value"]["message"])),
            None => Ok(v["value"].clone()),
        }
    }

    /// Sends a command relative to the session URL and returns its `value`.
    pub fn cmd(&self, method: &str, path: &str, body: Value) -> Value {
        self.raw(method, path, body)
    }

    /// Opens `url` and waits for the load event.
    pub fn goto(&self, url: &str) {
        self.cmd("POST", "/url", json!({ "url": url }));
    }

    /// The address bar's URL.
    pub fn url(&self) -> String {
        self.cmd("GET", "/url", Value::Null).as_str().unwrap_or_default().to_string()
    }

    /// Browser back button.
    pub fn back(&self) {
        self.cmd("POST", "/back", json!({}));
    }

    /// Browser forward button.
    pub fn forward(&self) {
        self.cmd("POST", "/forward", json!({}));
    }

    /// Reload.
    pub fn refresh(&self) {
        self.cmd("POST", "/refresh", json!({}));
    }

    /// Resizes the window.
    pub fn set_window_size(&self, width: u32, height: u32) {
        self.cmd("POST", "/window/rect", json!({ "width": width, "height": height }));
    }

    /// Resizes the window so that the page's viewport (what a reader sees
    /// of the page) is `width` × `height`, whatever the browser's own frame
    /// takes.
    pub fn set_viewport(&self, width: u32, height: u32) {
        let (mut w, mut h) = (width, height);
        for _ in 0..3 {
            self.set_window_size(w, h);
            let inner = self.js("return [window.innerWidth, window.innerHeight]", json!([]));
            let (iw, ih) = (inner[0].as_u64().unwrap_or(0) as i64, inner[1].as_u64().unwrap_or(0) as i64);
            if iw == i64::from(width) && ih == i64::from(height) {
                return;
            }
            w = (i64::from(w) + i64::from(width) - iw).max(100) as u32;
            h = (i64::from(h) + i64::from(height) - ih).max(100) as u32;
        }
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its result.
    pub fn js(&self, script: &str, args: Value) -> Value {
        self.cmd("POST", "/execute/sync", json!({ "script": script, "args": args }))
    }

    /// Like [`Browser::js`] but returns the error instead of panicking.
    pub fn try_js(&self, script: &str, args: Value) -> Result<Value, String> {
        self.try_raw("POST", "/execute/sync", json!({ "script": script, "args": args }))
    }

    /// Runs an async script: the last argument is the callback to call with the result.
    pub fn js_async(&self, script: &str, args: Value) -> Value {
        self.cmd("POST", "/execute/async", json!({ "script": script, "args": args }))
    }

    /// Polls `expr` (a JS expression) until it is truthy; returns its value.
    /// Panics with `what` and the last value after `timeout`.
    pub fn wait(&self, expr: &str, timeout: Duration, what: &str) -> Value {
        let deadline = Instant::now() + timeout;
        let script = format!("try {{ return ({expr}); }} catch (e) {{ return null; }}");
        loop {
            let v = self.js(&script, json!([]));
            let truthy = match &v {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::Number(n) => n.as_f64() != Some(0.0),
                Value::String(s) => !s.is_empty(),
                _ => true,
            };
            if truthy {
                return v;
            }
            if Instant::now() > deadline {
                let body =
                    self.js("return document.body ? document.body.innerText.slice(0, 600) : ''", json!([]));
                panic!("timed out waiting for {what} ({expr}); page text: {body}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Finds the first element matching a CSS selector.
    pub fn find(&self, css: &str) -> Element {
        let v = self.cmd("POST", "/element", json!({ "using": "css selector", "value": css }));
        Element(v[ELEMENT_KEY].as_str().unwrap_or_else(|| panic!("no element {css}")).to_string())
    }

    /// Clicks an element (scrolling it into view, as a user would).
    pub fn click(&self, el: &Element) {
        self.cmd("POST", &format!("/element/{}/click", el.0), json!({}));
    }

    /// Clicks the first element matching `css`.
    pub fn click_css(&self, css: &str) {
        let el = self.find(css);
        self.click(&el);
    }

    /// Types `text` into an element.
    pub fn type_into(&self, el: &Element, text: &str) {
        self.cmd("POST", &format!("/element/{}/value", el.0), json!({ "text": text }));
    }

    /// Presses keys (WebDriver key codes such as `\u{E004}` for Tab) on whatever has focus.
    pub fn press(&self, keys: &str) {
        let mut actions = Vec::new();
        for k in keys.chars() {
            actions.push(json!({ "type": "keyDown", "value": k.to_string() }));
            actions.push(json!({ "type": "keyUp", "value": k.to_string() }));
        }
        self.cmd(
            "POST",
            "/actions",
            json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] }),
        );
        self.cmd("DELETE", "/actions", Value::Null);
    }

    /// Runs a Chrome DevTools Protocol command (Chromium only).
    pub fn cdp(&self, cmd: &str, params: Value) -> Value {
        assert_eq!(self.kind, Kind::Chromium, "CDP is Chromium-only");
        self.cmd("POST", "/goog/cdp/execute", json!({ "cmd": cmd, "params": params }))
    }
}

/// WebDriver key code for Tab.
pub const TAB: &str = "\u{E004}";
/// WebDriver key code for Enter.
pub const ENTER: &str = "\u{E007}";
/// WebDriver key code for Space.
pub const SPACE: &str = "\u{E00D}";

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.try_raw("DELETE", "", Value::Null);
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        if let Some(x) = &mut self.display {
            let _ = x.kill();
            let _ = x.wait();
        }
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
