//! Both ends of the dataset checker: the worker side (`serve`, run by the `check-data` binary)
//! and the page side (`check`), which starts a worker per dataset, hands it the text and reads
//! the answer. The message format: the worker first posts `"ready"`; the page then posts
//! `[label, text]`; the worker answers with postcard bytes of `Result<Dataset, DataErrors>`.

use std::rc::Rc;

use super::own_data::Load;
use crate::data::{self, DataErrors, Dataset, Problem};

/// The script that starts the worker, next to the page.
pub const LOADER: &str = "check-data-loader.js";

/// Encodes what the checker found, for the trip back to the page.
pub fn encode(outcome: &Result<Dataset, DataErrors>) -> Vec<u8> {
    postcard::to_allocvec(outcome).unwrap_or_default()
}

/// Decodes the checker's answer; unreadable bytes are a problem with the file as a whole.
pub fn decode(label: &str, bytes: &[u8]) -> Result<Dataset, DataErrors> {
    postcard::from_bytes(bytes).unwrap_or_else(|e| Err(failure(label, &e.to_string())))
}

fn failure(label: &str, detail: &str) -> DataErrors {
    DataErrors::whole_file(label, Problem::Unreadable(detail.to_owned()))
}

/// The worker: answers each `[label, text]` with the checked dataset or its problems.
#[cfg(target_arch = "wasm32")]
pub fn serve() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let request = js_sys::Array::from(&event.data());
            let label = request.get(0).as_string().unwrap_or_default();
            let text = request.get(1).as_string().unwrap_or_default();
            let bytes = encode(&data::load_custom(&label, &text));
            let _ = reply.post_message(&js_sys::Uint8Array::from(bytes.as_slice()).into());
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before the wasm was running would be lost: say when to start.
    let _ = scope.post_message(&"ready".into());
}

#[cfg(not(target_arch = "wasm32"))]
pub fn serve() {}

/// Checks `text` in a worker and ends `load` with what it finds. Natively (tests) the check runs
/// in place. The worker (and the blob address it was started from) goes when the load ends:
/// answered, superseded by a newer load, or out of time.
pub fn check(text: String, load: Rc<Load>) {
    #[cfg(target_arch = "wasm32")]
    {
        use std::cell::RefCell;
        use wasm_bindgen::JsCast;
        use wasm_bindgen::closure::Closure;
        let worker = match start_worker(&load) {
            Ok(worker) => worker,
            Err(detail) => return load.finish(Err(failure(load.label(), &detail))),
        };
        let on_message = {
            let (load, worker) = (load.clone(), worker.clone());
            let request = RefCell::new(Some(text));
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let answer = event.data();
                if answer.as_string().as_deref() == Some("ready") {
                    if let Some(text) = request.borrow_mut().take() {
                        let label = load.label().into();
                        let _ = worker.post_message(&js_sys::Array::of2(&label, &text.into()));
                    }
                } else {
                    let bytes = js_sys::Uint8Array::new(&answer).to_vec();
                    load.finish(decode(load.label(), &bytes));
                }
            })
        };
        let on_error = {
            let load = load.clone();
            Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
                let detail = "the checker could not run in this browser";
                load.finish(Err(failure(load.label(), detail)));
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // The handlers go with the worker when the load ends. They hold the load, and so the
        // worker's handlers hold what stops them: the cycle is broken there.
        load.on_stop(move || {
            worker.set_onmessage(None);
            worker.set_onerror(None);
            worker.terminate();
            drop((on_message, on_error));
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let outcome = data::load_custom(load.label(), &text);
        load.finish(outcome);
    }
}

/// The worker: from the loader next to the page, or, in the offline copy (where a page from
/// `file://` may not start one from a file), from the scripts it carries inline, through a blob
/// address revoked when the load ends.
#[cfg(target_arch = "wasm32")]
fn start_worker(load: &Load) -> Result<web_sys::Worker, String> {
    let inline = gloo::utils::document()
        .get_element_by_id("csto-checker")
        .and_then(|block| block.text_content());
    let url = match inline {
        Some(script) => {
            let parts = js_sys::Array::of1(&script.into());
            let options = web_sys::BlobPropertyBag::new();
            options.set_type("text/javascript");
            let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
                .map_err(|_| "the checker could not be prepared".to_owned())?;
            let url = web_sys::Url::create_object_url_with_blob(&blob)
                .map_err(|_| "the checker could not be prepared".to_owned())?;
            let revoked = url.clone();
            load.on_stop(move || {
                let _ = web_sys::Url::revoke_object_url(&revoked);
            });
            url
        }
        None => LOADER.to_owned(),
    };
    web_sys::Worker::new(&url).map_err(|_| "the checker could not start in this browser".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_worker_sends_is_what_the_page_reads() {
        let good = data::load_custom(
            "mine.json",
            include_str!("../../tests/fixtures/custom/valid.json"),
        );
        assert_eq!(decode("mine.json", &encode(&good)), good);
        let bad = data::load_custom("bad.json", "{\"schema_version\": 1}");
        assert!(bad.is_err());
        assert_eq!(decode("bad.json", &encode(&bad)), bad);
        let garbled = decode("x.json", b"\xff\xff\xff");
        assert!(matches!(
            garbled.unwrap_err().0[0].problem,
            Problem::Unreadable(_)
        ));
    }
}
