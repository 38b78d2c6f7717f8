//! Getting a reader's own dataset into the page: from a file they pick or drop (read in the
//! browser, never uploaded) or from a `data=` address (fetched, same origin or CORS). The text
//! then goes through `data::load_custom` in a worker (`web::checker`); nothing is drawn from it
//! unless every rule holds.

use crate::data::{self, DataErrors, Dataset, Problem};

/// The dataset, or every problem with it.
pub type Outcome = Result<Dataset, DataErrors>;

/// Reads and checks a file the reader chose or dropped, then calls `done`.
pub fn read_file(file: web_sys::File, done: impl FnOnce(Outcome) + 'static) {
    let label = file.name();
    // Refuse a huge file before reading a byte of it.
    let size = file.size();
    if size > data::MAX_BYTES as f64 {
        done(Err(DataErrors::whole_file(
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
            Some(text) => super::checker::check(label, text, done),
            None => done(Err(DataErrors::whole_file(
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
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async move {
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::JsFuture;
        let label = address.clone();
        let fail = |problem| Err(DataErrors::whole_file(&label, problem));
        let outcome = async {
            // No cookies go with it, and no redirect is followed: a redirect could lead a
            // path on this site, loaded without asking, to another site.
            let init = web_sys::RequestInit::new();
            init.set_credentials(web_sys::RequestCredentials::Omit);
            init.set_redirect(web_sys::RequestRedirect::Error);
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
            let text = response.text().map_err(|_| Problem::FetchFailed)?;
            JsFuture::from(text)
                .await
                .ok()
                .and_then(|t| t.as_string())
                .ok_or_else(|| Problem::Unreadable("the body is not text".to_owned()))
        }
        .await;
        match outcome {
            Ok(text) if text.len() > data::MAX_BYTES => done(fail(Problem::TooLarge {
                bytes: text.len(),
                limit: data::MAX_BYTES,
            })),
            Ok(text) => super::checker::check(label, text, done),
            Err(problem) => done(fail(problem)),
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (address, done);
    }
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
