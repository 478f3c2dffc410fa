//! The workbench's work kept in the browser's IndexedDB, so a reload (or a
//! closed tab) does not lose it.
//!
//! One database, [`DATABASE`] at version 1, with one object store,
//! [`STORE`], holding one value under one key, [`KEY`]: the work as a JSON
//! string. Every [`save`] replaces it whole.
//!
//! The connection is opened on first use and kept. When another tab needs
//! the database (a newer version of the app upgrading it, or deleting it),
//! or the browser closes the connection (site data cleared), it is let go,
//! and the next call opens a new one.
//!
//! Each IndexedDB request and transaction becomes a future through a
//! promise whose `resolve`/`reject` are the event handlers themselves, so
//! no Rust closure is made (or leaked) per call.

use std::cell::RefCell;
use std::future::Future;

use js_sys::Promise;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DomException, Event, IdbDatabase, IdbFactory, IdbObjectStore, IdbRequest, IdbTransaction,
    IdbTransactionMode,
};

/// The database's name.
pub const DATABASE: &str = "parallax-workbench";
/// The database's version: raising it runs [`upgrade`] in every browser
/// that has the older one.
const VERSION: u32 = 1;
/// The object store holding the work.
pub const STORE: &str = "work";
/// The key the work is saved under.
pub const KEY: &str = "folder";

/// Why the work could not be saved or read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser's storage quota is full (QuotaExceededError).
    Full,
    /// IndexedDB is not available (private mode in some browsers, blocked by
    /// settings, or opened as file://).
    Unavailable(String),
    /// Anything else the browser reported, with its name and message.
    Failed(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Full => f.write_str(
                "The browser's storage for this site is full: your last change is not saved. \
                 Export the seeds folder to keep it, or free space in the browser's settings.",
            ),
            StorageError::Unavailable(why) => write!(
                f,
                "The browser does not let this page keep your work ({why}): it is lost when the page \
                 is closed or reloaded. Export the seeds folder to keep it. Private browsing, site \
                 data blocked in the browser's settings, or a page opened from a file can cause this."
            ),
            StorageError::Failed(why) => write!(
                f,
                "The browser could not save or read back your work ({why}). \
                 Export the seeds folder to keep it."
            ),
        }
    }
}

impl std::error::Error for StorageError {}

/// Reads the saved work, or None when nothing was saved yet.
pub async fn load() -> Result<Option<String>, StorageError> {
    let (_, get) = begin(IdbTransactionMode::Readonly, |store| store.get(&JsValue::from_str(KEY))).await?;
    let value = request(&get).await?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    match value.as_string() {
        Some(json) => Ok(Some(json)),
        None => Err(StorageError::Failed("the saved work is not text".into())),
    }
}

/// Saves the work (a JSON string), replacing what was saved; resolves only
/// when the transaction completed (`oncomplete`), so a quota failure (which
/// in Chromium is reported on the transaction's abort/error, with the error
/// name "QuotaExceededError") becomes `Err(Full)`.
pub async fn save(json: &str) -> Result<(), StorageError> {
    let value = JsValue::from_str(json);
    let put = |store: &IdbObjectStore| store.put_with_key(&value, &JsValue::from_str(KEY));
    let (tx, _) = begin(IdbTransactionMode::Readwrite, put).await?;
    completion(&tx).await
}

/// Forgets the saved work.
pub async fn clear() -> Result<(), StorageError> {
    let delete = |store: &IdbObjectStore| store.delete(&JsValue::from_str(KEY));
    let (tx, _) = begin(IdbTransactionMode::Readwrite, delete).await?;
    completion(&tx).await
}

/// The error a browser reported, as a [`StorageError`]: a
/// `QuotaExceededError` is [`StorageError::Full`], anything else
/// [`StorageError::Failed`] with its name and message.
fn error_from(js: JsValue) -> StorageError {
    let (name, message) = name_and_message(&js);
    match name.as_str() {
        "QuotaExceededError" => StorageError::Full,
        _ => StorageError::Failed(describe(&name, &message)),
    }
}

/// Like [`error_from`], for an error opening the database: those that mean
/// the browser keeps no IndexedDB for this page are
/// [`StorageError::Unavailable`].
fn open_error_from(js: JsValue) -> StorageError {
    let (name, message) = name_and_message(&js);
    match name.as_str() {
        "InvalidStateError" | "SecurityError" | "UnknownError" => {
            StorageError::Unavailable(describe(&name, &message))
        }
        _ => error_from(js),
    }
}

/// The name and message of a `DOMException`, a JS `Error`, or a string
/// (as the message).
fn name_and_message(js: &JsValue) -> (String, String) {
    if let Some(e) = js.dyn_ref::<DomException>() {
        return (e.name(), e.message());
    }
    if let Some(e) = js.dyn_ref::<js_sys::Error>() {
        return (e.name().into(), e.message().into());
    }
    (String::new(), js.as_string().unwrap_or_default())
}

/// "Name: message", or whichever of them there is.
fn describe(name: &str, message: &str) -> String {
    match (name.is_empty(), message.is_empty()) {
        (false, false) => format!("{name}: {message}"),
        (false, true) => name.to_string(),
        (true, false) => message.to_string(),
        (true, true) => "an error without a name".to_string(),
    }
}

thread_local! {
    /// The open connection, once opened; `None` again when let go.
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
    /// The connection's `onversionchange` and `onclose`: one handler for
    /// every connection the page opens.
    static LET_GO: Closure<dyn FnMut(Event)> = Closure::new(let_go);
    /// The open request's `onupgradeneeded`.
    static UPGRADE: Closure<dyn FnMut(Event)> = Closure::new(upgrade);
}

/// A transaction on [`STORE`] in `mode` with one request, the one `place`
/// makes on the store (at once: a transaction left without requests until
/// the next await commits empty). A connection the browser no longer lets
/// us use (`InvalidStateError`: closed under us, or, in Firefox, refusing
/// writes after a quota failure) is let go, and the transaction begun once
/// more on a new one.
async fn begin(
    mode: IdbTransactionMode,
    place: impl Fn(&IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<(IdbTransaction, IdbRequest), StorageError> {
    let on = |db: &IdbDatabase| -> Result<(IdbTransaction, IdbRequest), JsValue> {
        let tx = db.transaction_with_str_and_mode(STORE, mode)?;
        let req = place(&tx.object_store(STORE)?)?;
        Ok((tx, req))
    };
    let db = database().await?;
    match on(&db) {
        Err(e) if name_and_message(&e).0 == "InvalidStateError" => {
            forget(&db);
            on(&database().await?)
        }
        other => other,
    }
    .map_err(error_from)
}

/// The connection, opened on first use.
async fn database() -> Result<IdbDatabase, StorageError> {
    if let Some(db) = DB.with_borrow(Clone::clone) {
        return Ok(db);
    }
    let db = open().await?;
    // Two calls may have opened one each: the first kept is the one used.
    if let Some(first) = DB.with_borrow(Clone::clone) {
        db.close();
        return Ok(first);
    }
    LET_GO.with(|f| {
        db.set_onversionchange(Some(f.as_ref().unchecked_ref()));
        db.set_onclose(Some(f.as_ref().unchecked_ref()));
    });
    DB.set(Some(db.clone()));
    Ok(db)
}

/// Opens [`DATABASE`], creating its store the first time. The factory is
/// the global scope's `indexedDB`, a page's or a worker's alike; reading
/// it throws where the browser forbids storage.
async fn open() -> Result<IdbDatabase, StorageError> {
    let factory = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("indexedDB"))
        .map_err(open_error_from)?
        .dyn_into::<IdbFactory>()
        .map_err(|_| StorageError::Unavailable("this browser has no IndexedDB".into()))?;
    let req = factory.open_with_u32(DATABASE, VERSION).map_err(open_error_from)?;
    UPGRADE.with(|f| req.set_onupgradeneeded(Some(f.as_ref().unchecked_ref())));
    let db = settled(&req).await.map_err(open_error_from)?;
    db.dyn_into::<IdbDatabase>().map_err(|_| StorageError::Failed("opening gave no database".into()))
}

/// Creates [`STORE`] in a database opened for the first time (the only
/// upgrade there is, from none to version 1); if that fails, aborts the
/// upgrade, so the open fails instead of leaving a version-1 database
/// without its store.
fn upgrade(event: Event) {
    let Some(req) = event.target().and_then(|t| t.dyn_into::<IdbRequest>().ok()) else { return };
    let Some(db) = req.result().ok().and_then(|db| db.dyn_into::<IdbDatabase>().ok()) else { return };
    if db.create_object_store(STORE).is_err() {
        if let Some(tx) = req.transaction() {
            let _ = tx.abort();
        }
    }
}

/// Closes the connection an event was fired at, and forgets it.
fn let_go(event: Event) {
    if let Some(db) = event.target().and_then(|t| t.dyn_into::<IdbDatabase>().ok()) {
        forget(&db);
    }
}

/// Closes `db` and, if it is the kept connection, forgets it.
fn forget(db: &IdbDatabase) {
    db.close();
    DB.with_borrow_mut(|kept| {
        if kept.as_ref() == Some(db) {
            *kept = None;
        }
    });
}

/// The request's result once it succeeded, or its error.
fn request(req: &IdbRequest) -> impl Future<Output = Result<JsValue, StorageError>> {
    let settled = settled(req);
    async move { settled.await.map_err(error_from) }
}

/// The request's result once it succeeded, or the `DOMException` it failed
/// with.
fn settled(req: &IdbRequest) -> impl Future<Output = Result<JsValue, JsValue>> {
    let done = JsFuture::from(Promise::new(&mut |resolve, reject| {
        req.set_onsuccess(Some(&resolve));
        req.set_onerror(Some(&reject));
    }));
    let req = req.clone();
    async move {
        match done.await {
            Ok(_) => req.result(),
            Err(_) => Err(match req.error() {
                Ok(Some(e)) => e.into(),
                Ok(None) | Err(_) => JsValue::from_str("the request failed"),
            }),
        }
    }
}

/// Resolves when the transaction completed (its writes are stored), or
/// with the error it was aborted with: a request's, or the quota's, which
/// Chromium reports only on the transaction. The connection of an aborted
/// transaction is let go: after a quota failure Firefox refuses every later
/// write on it (`InvalidStateError`), while a new one works.
fn completion(tx: &IdbTransaction) -> impl Future<Output = Result<(), StorageError>> {
    let done = JsFuture::from(Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onabort(Some(&reject));
    }));
    let tx = tx.clone();
    async move {
        match done.await {
            Ok(_) => Ok(()),
            Err(_) => {
                forget(&tx.db());
                Err(match tx.error() {
                    Some(e) => error_from(e.into()),
                    None => StorageError::Failed("the transaction was aborted".into()),
                })
            }
        }
    }
}
