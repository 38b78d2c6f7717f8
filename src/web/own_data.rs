//! Getting a reader's own dataset into the page: from a file they pick or drop (read in the
//! browser, never uploaded) or from a `data=` address (fetched, same origin or CORS). The text
//! then goes through `data::load_custom` in a worker (`web::checker`); nothing is drawn from it
//! unless every rule holds. One load at a time: the newest wins (`Load`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::data::{self, DataErrors, Dataset, Problem};

/// The dataset, or every problem with it.
pub type Outcome = Result<Dataset, DataErrors>;

/// How long a fetch and its check together may take before the reader is told and the load
/// stopped.
pub const TIMEOUT_SECONDS: u32 = 30;

/// Where a load's outcome goes.
type Done = Box<dyn FnOnce(Outcome)>;

/// One load of a reader's dataset, and the only one whose answer counts: beginning another
/// stops it (its fetch aborted, its worker ended, its blob address revoked) and drops its
/// answer. It also stops itself after [`TIMEOUT_SECONDS`].
pub struct Load {
    label: String,
    done: RefCell<Option<Done>>,
    /// What to undo when the load ends, however it ends.
    stops: RefCell<Vec<Box<dyn FnOnce()>>>,
}

thread_local! {
    static NEWEST: RefCell<Option<Rc<Load>>> = const { RefCell::new(None) };
}

impl Load {
    /// What the reader knows the dataset by: the file's name or the address.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Begins a load named `label` whose outcome goes to `done`, stopping the one before.
    pub fn begin(label: &str, done: impl FnOnce(Outcome) + 'static) -> Rc<Load> {
        let load = Rc::new(Load {
            label: label.to_owned(),
            done: RefCell::new(Some(Box::new(done))),
            stops: RefCell::new(Vec::new()),
        });
        if let Some(older) = NEWEST.with(|n| n.replace(Some(load.clone()))) {
            older.done.borrow_mut().take();
            older.stop();
        }
        let weak = Rc::downgrade(&load);
        let timer = super::after(TIMEOUT_SECONDS * 1000, move || {
            if let Some(load) = weak.upgrade() {
                let problem = Problem::TimedOut {
                    seconds: TIMEOUT_SECONDS,
                };
                load.finish(Err(DataErrors::whole_file(&load.label, problem)));
            }
        });
        // Dropping the pending timer cancels it.
        load.on_stop(move || {
            let _timer = timer;
        });
        load
    }

    /// Whether this is still the load whose answer counts.
    pub fn is_current(&self) -> bool {
        self.done.borrow().is_some()
    }

    /// Adds something to undo when the load ends (or at once, if it has already ended).
    pub fn on_stop(&self, stop: impl FnOnce() + 'static) {
        if self.is_current() {
            self.stops.borrow_mut().push(Box::new(stop));
        } else {
            stop();
        }
    }

    /// Ends the load with `outcome`, which reaches the reader only if no newer load began.
    pub fn finish(self: &Rc<Self>, outcome: Outcome) {
        let done = self.done.borrow_mut().take();
        self.stop();
        NEWEST.with(|n| {
            let mut n = n.borrow_mut();
            if n.as_ref().is_some_and(|newest| Rc::ptr_eq(newest, self)) {
                *n = None;
            }
        });
        if let Some(done) = done {
            done(outcome);
        }
    }

    fn stop(&self) {
        let stops = std::mem::take(&mut *self.stops.borrow_mut());
        for stop in stops {
            stop();
        }
    }
}

/// Reads and checks a file the reader chose or dropped, then calls `done`.
pub fn read_file(file: web_sys::File, done: impl FnOnce(Outcome) + 'static) {
    let label = file.name();
    let load = Load::begin(&label, done);
    // Refuse a huge file before reading a byte of it.
    let size = file.size();
    if size > data::MAX_BYTES as f64 {
        load.finish(Err(DataErrors::whole_file(
            &label,
            Problem::TooLarge {
                bytes: size as usize,
                limit: data::MAX_BYTES,
            },
        )));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string());
        match text {
            Some(text) => super::checker::check(text, load),
            None => load.finish(Err(DataErrors::whole_file(
                &label,
                Problem::Unreadable("not a text file".to_owned()),
            ))),
        }
    });
}

/// Where a `data=` address leads ([`permalink::data_place`]), read by the browser's own URL
/// parser against the page's address. `Refused` where it cannot be read at all.
pub fn place_of(address: &str) -> crate::permalink::DataPlace {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::permalink::{DataPlace, data_place};
        let location = gloo::utils::window().location();
        let (Ok(here), Ok(page_origin), Ok(page_path)) =
            (location.href(), location.origin(), location.pathname())
        else {
            return DataPlace::Refused;
        };
        match web_sys::Url::new_with_base(address, &here) {
            Ok(url) => data_place(
                &url.protocol(),
                &url.origin(),
                &url.pathname(),
                &page_origin,
                &page_path,
            ),
            Err(_) => DataPlace::Refused,
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = address;
        crate::permalink::DataPlace::Refused
    }
}

/// Fetches `address` and checks what comes back, then calls `done`. The request carries no
/// credentials and follows no redirect, and the body is refused past the size limit.
pub fn fetch_dataset(address: String, done: impl FnOnce(Outcome) + 'static) {
    let load = Load::begin(&address, done);
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async move {
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::JsFuture;
        let outcome = async {
            // No cookies go with it, and no redirect is followed: a redirect could lead a
            // path on this site, loaded without asking, to another site.
            let init = web_sys::RequestInit::new();
            init.set_credentials(web_sys::RequestCredentials::Omit);
            init.set_redirect(web_sys::RequestRedirect::Error);
            // A newer load, or the time limit, aborts this one's request and body.
            if let Ok(abort) = web_sys::AbortController::new() {
                init.set_signal(Some(&abort.signal()));
                load.on_stop(move || abort.abort());
            }
            let response =
                JsFuture::from(gloo::utils::window().fetch_with_str_and_init(&address, &init))
                    .await
                    .map_err(|_| Problem::FetchFailed)?;
            let response: web_sys::Response =
                response.dyn_into().map_err(|_| Problem::FetchFailed)?;
            if !response.ok() {
                return Err(Problem::HttpStatus(response.status()));
            }
            let announced = response
                .headers()
                .get("content-length")
                .ok()
                .flatten()
                .and_then(|n| n.parse::<usize>().ok());
            if let Some(bytes) = announced.filter(|n| *n > data::MAX_BYTES) {
                return Err(Problem::TooLarge {
                    bytes,
                    limit: data::MAX_BYTES,
                });
            }
            read_capped(&response).await
        }
        .await;
        match outcome {
            Ok(text) if load.is_current() => super::checker::check(text, load),
            Ok(_) => {}
            Err(problem) => load.finish(Err(DataErrors::whole_file(&address, problem))),
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (address, load);
}

/// Reads a response's body as a stream and gives up once more than `MAX_BYTES` have come: a
/// body sent without a length (chunked) or compressed on the wire is never held whole.
#[cfg(target_arch = "wasm32")]
async fn read_capped(response: &web_sys::Response) -> Result<String, Problem> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let field = |chunk: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(chunk, &name.into()).map_err(|_| Problem::FetchFailed)
    };
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| Problem::FetchFailed)?;
        if field(&chunk, "done")?.as_bool() != Some(false) {
            break;
        }
        let part = js_sys::Uint8Array::new(&field(&chunk, "value")?);
        if bytes.len() + part.length() as usize > data::MAX_BYTES {
            // Stop the download; the rest never arrives.
            let _ = reader.cancel();
            return Err(Problem::LargerThan {
                limit: data::MAX_BYTES,
            });
        }
        bytes.extend(part.to_vec());
    }
    // Read as `Response.text()` would: UTF-8, a byte-order mark dropped, bad bytes replaced.
    let text = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    Ok(String::from_utf8_lossy(text).into_owned())
}

/// The first file of a drop, if it carried any.
pub fn dropped_file(event: &web_sys::DragEvent) -> Option<web_sys::File> {
    event.data_transfer()?.files()?.get(0)
}

/// The file picked in a file input.
pub fn picked_file(event: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    // The same file picked again after a fix must fire `change` again.
    input.set_value("");
    file
}
