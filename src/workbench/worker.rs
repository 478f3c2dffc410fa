//! The worker, both ends: in the worker, [`serve`] answers each folder with
//! [`build::run`](super::build::run); on the page, [`Builder`] sends the
//! folder and hands each answer to a callback. The pipeline never runs on
//! the page's thread, so typing stays responsive while it works.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker, WorkerOptions, WorkerType};

use super::build::{run, Built};
use super::folder::Folder;

/// What the page sends: a folder to build, numbered.
#[derive(serde::Serialize, serde::Deserialize)]
struct Request {
    request: u32,
    folder: Folder,
}

/// Answers build requests; runs in the worker. Posts `"ready"` first, so
/// the page knows when its requests will be heard.
pub fn serve(scope: DedicatedWorkerGlobalScope) {
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let Some(text) = e.data().as_string() else { return };
        let built = match serde_json::from_str::<Request>(&text) {
            Ok(r) => {
                let start = js_sys::Date::now();
                let mut b = run(&r.folder, r.request);
                b.ms = js_sys::Date::now() - start;
                b
            }
            Err(e) => Built {
                error: Some(format!("the page sent a request the worker cannot read: {e}")),
                ..Built::default()
            },
        };
        let _ = reply.post_message(&serde_json::to_string(&built).unwrap_or_default().into());
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&"ready".into());
}

/// The page's handle on the worker.
#[derive(Clone)]
pub struct Builder {
    worker: Worker,
    next: Rc<Cell<u32>>,
    /// The worker is ready and not building: a request can go now.
    idle: Rc<Cell<bool>>,
    /// The latest request not sent yet (while the worker starts or builds):
    /// older ones are replaced, never built.
    pending: Rc<std::cell::RefCell<Option<String>>>,
}

impl Builder {
    /// Starts the worker from the module script `url` (the same program as
    /// the page); `on_built` gets every answer. Errors when the browser
    /// cannot start a module worker.
    pub fn start(url: &str, on_built: impl Fn(Built) + 'static) -> Result<Builder, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(url, &options)
            .map_err(|e| format!("This browser could not start the workbench's worker ({e:?}).",))?;
        let b = Builder {
            worker,
            next: Rc::new(Cell::new(0)),
            idle: Rc::new(Cell::new(false)),
            pending: Rc::new(std::cell::RefCell::new(None)),
        };
        let on_built = Rc::new(on_built);
        let (this, tell) = (b.clone(), on_built.clone());
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let Some(text) = e.data().as_string() else { return };
            // Ready, or done with a build: send the latest request, if any.
            match this.pending.borrow_mut().take() {
                Some(p) => {
                    let _ = this.worker.post_message(&p.into());
                }
                None => this.idle.set(true),
            }
            if text == "ready" {
                return;
            }
            match serde_json::from_str::<Built>(&text) {
                // Answers to requests sent since are stale: drop them.
                Ok(built) if built.request + 1 == this.next.get() => on_built(built),
                Ok(_) => {}
                Err(e) => on_built(Built {
                    error: Some(format!("unreadable answer from the worker: {e}")),
                    ..Built::default()
                }),
            }
        });
        b.worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let next = b.next.clone();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            tell(Built {
                request: next.get().saturating_sub(1),
                error: Some("The workbench's worker stopped (it could not load, or it failed). Reload the page; what is saved in this browser comes back.".into()),
                ..Built::default()
            })
        });
        b.worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        Ok(b)
    }

    /// Sends `folder` to be built: at once if the worker is idle, else when
    /// it is done (replacing any request still waiting). Only the answer to
    /// the latest request is shown.
    pub fn build(&self, folder: &Folder) {
        let request = self.next.get();
        self.next.set(request + 1);
        let text = serde_json::to_string(&Request { request, folder: folder.clone() }).unwrap_or_default();
        if self.idle.replace(false) {
            let _ = self.worker.post_message(&text.into());
        } else {
            *self.pending.borrow_mut() = Some(text);
        }
    }
}
