//! The browser side of sharing: the address of a view, copying text, the embed dialog, saving
//! a file the page made (SVG text, a PNG drawn from it at twice the size), and telling a host
//! page the current view. Safe to compile natively, where each does nothing.

use crate::permalink::{self, ViewParams};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

#[cfg(target_arch = "wasm32")]
fn js_error(value: impl Into<JsValue>) -> String {
    let value: JsValue = value.into();
    value
        .as_string()
        .or_else(|| {
            value
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "the browser refused".to_owned())
}

/// The page's own address without query or fragment (`https://host/graphics/csto/`); `None`
/// for a copy opened from a file, which another page cannot embed.
pub fn page_base() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        if super::platform::is_file() {
            return None;
        }
        let location = gloo::utils::window().location();
        let origin = location.origin().ok()?;
        let path = location.pathname().ok()?;
        // `…/index.html` and `…/` serve the same page; the directory is the shorter address.
        let dir = path.rsplit_once('/').map_or("/", |(dir, _)| dir);
        Some(format!("{origin}{dir}/"))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Whether the page is served (by a web server, or the server renderer) rather than opened
/// from a file.
pub fn is_served() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        !super::platform::is_file()
    }
    #[cfg(not(target_arch = "wasm32"))]
    true
}

/// The address that opens `view`: the query for a served page, the fragment for a file copy.
pub fn view_url(view: &ViewParams) -> String {
    let query = permalink::to_query(view);
    match page_base() {
        Some(base) => format!("{base}{query}"),
        None => {
            #[cfg(target_arch = "wasm32")]
            {
                let href = gloo::utils::window().location().href().unwrap_or_default();
                let page = href.split('#').next().unwrap_or_default().to_owned();
                format!("{page}#{}", query.trim_start_matches('?'))
            }
            #[cfg(not(target_arch = "wasm32"))]
            query
        }
    }
}

/// The rendered width in CSS pixels of the first element matching `selector`.
pub fn element_width(selector: &str) -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    {
        let el = gloo::utils::document().query_selector(selector).ok()??;
        let width = el.get_bounding_client_rect().width();
        (width > 0.0).then_some(width)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = selector;
        None
    }
}

/// Copies `text` to the clipboard; where the browser does not allow that (an insecure page, an
/// iframe without permission), selects the text in the field `field_id` and tries the older
/// copy command. `done` learns whether the text was copied.
pub fn copy_text(text: String, field_id: &'static str, done: impl FnOnce(bool) + 'static) {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async move {
        let navigator = gloo::utils::window().navigator();
        let promise = js_sys::Reflect::get(&navigator, &"clipboard".into())
            .ok()
            .filter(|c| !c.is_undefined())
            .and_then(|clipboard| {
                let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
                let write: js_sys::Function = write.dyn_into().ok()?;
                write
                    .call1(&clipboard, &text.into())
                    .ok()?
                    .dyn_into::<js_sys::Promise>()
                    .ok()
            });
        let copied = match promise {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            None => false,
        };
        done(copied || select_and_copy(field_id));
    });
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (text, field_id);
        done(false);
    }
}

#[cfg(target_arch = "wasm32")]
fn select_and_copy(field_id: &str) -> bool {
    let document = gloo::utils::document();
    let Some(field) = document.get_element_by_id(field_id) else {
        return false;
    };
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
        let _ = input.focus();
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
        let _ = area.focus();
    } else if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
        // Any other element: select its text, as a reader would with the mouse.
        let _ = selection.select_all_children(&field);
    }
    document
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

/// Opens the `<dialog>` with this id as a modal: the browser keeps focus inside it, Escape
/// closes it and focus returns to the button that opened it.
pub fn open_dialog(id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(dialog) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
    {
        let _ = dialog.show_modal();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

pub fn close_dialog(id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(dialog) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
    {
        dialog.close();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Hands a file the page made to the browser's download.
#[cfg(target_arch = "wasm32")]
fn save_blob(name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(js_error)?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_error)?
        .dyn_into()
        .map_err(js_error)?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has started by the time the click returns; the address can go a moment later.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    Ok(())
}

/// A click handler for a link to a file the offline copy carries inside it: saves it from there
/// and keeps the link from being followed; elsewhere the link works as usual.
pub fn save_inline_on_click(name: String) -> yew::Callback<web_sys::MouseEvent> {
    yew::Callback::from(move |e: web_sys::MouseEvent| {
        if save_inline_file(&name) {
            e.prevent_default();
        }
    })
}

/// In the offline copy, saves the file `name` from the data block that carries it and returns
/// true; elsewhere (no such block) returns false, and the link is followed as usual.
pub fn save_inline_file(name: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let Ok(Some(block)) =
            gloo::utils::document().query_selector(&format!("script[data-file=\"{name}\"]"))
        else {
            return false;
        };
        let base64 = block.text_content().unwrap_or_default();
        let Ok(binary) = gloo::utils::window().atob(base64.trim()) else {
            return false;
        };
        let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
        let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence(&parts) else {
            return false;
        };
        save_blob(name, &blob).is_ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = name;
        false
    }
}

/// Downloads `text` as a file called `name`.
pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob =
            web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_error)?;
        save_blob(name, &blob)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, mime, text);
        Err("not in a browser".to_owned())
    }
}

/// Draws `svg` (`width` × `height` CSS pixels) at twice its size and downloads it as a PNG
/// called `name`. The SVG goes in as a data address, which the page's policy allows for images.
pub fn download_png(
    name: String,
    svg: &str,
    width: u32,
    height: u32,
    done: impl FnOnce(Result<(), String>) + 'static,
) {
    #[cfg(target_arch = "wasm32")]
    {
        let done = std::rc::Rc::new(std::cell::RefCell::new(Some(
            Box::new(done) as Box<dyn FnOnce(Result<(), String>)>
        )));
        let finish = move |result: Result<(), String>| {
            if let Some(done) = done.borrow_mut().take() {
                done(result);
            }
        };
        let image = match web_sys::HtmlImageElement::new() {
            Ok(image) => image,
            Err(e) => return finish(Err(js_error(e))),
        };
        let on_error = {
            let finish = finish.clone();
            Closure::once_into_js(move || finish(Err("the picture could not be drawn".to_owned())))
        };
        let on_load = {
            let image = image.clone();
            Closure::once_into_js(move || {
                let drawn = (|| -> Result<web_sys::HtmlCanvasElement, String> {
                    let canvas: web_sys::HtmlCanvasElement = gloo::utils::document()
                        .create_element("canvas")
                        .map_err(js_error)?
                        .dyn_into()
                        .map_err(js_error)?;
                    canvas.set_width(width * 2);
                    canvas.set_height(height * 2);
                    let context: web_sys::CanvasRenderingContext2d = canvas
                        .get_context("2d")
                        .map_err(js_error)?
                        .ok_or("no 2D canvas")?
                        .dyn_into()
                        .map_err(js_error)?;
                    context
                        .draw_image_with_html_image_element_and_dw_and_dh(
                            &image,
                            0.0,
                            0.0,
                            f64::from(width * 2),
                            f64::from(height * 2),
                        )
                        .map_err(js_error)?;
                    Ok(canvas)
                })();
                let canvas = match drawn {
                    Ok(canvas) => canvas,
                    Err(e) => return finish(Err(e)),
                };
                let finish_blob = finish.clone();
                let on_blob = Closure::once_into_js(move |blob: JsValue| {
                    finish_blob(match blob.dyn_into::<web_sys::Blob>() {
                        Ok(blob) => save_blob(&name, &blob),
                        Err(_) => Err("the browser made no PNG".to_owned()),
                    })
                });
                if let Err(e) = canvas.to_blob_with_type(on_blob.unchecked_ref(), "image/png") {
                    finish(Err(js_error(e)));
                }
            })
        };
        image.set_onload(Some(on_load.unchecked_ref()));
        image.set_onerror(Some(on_error.unchecked_ref()));
        let encoded = String::from(js_sys::encode_uri_component(svg));
        image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, svg, width, height);
        done(Err("not in a browser".to_owned()));
    }
}

/// In an iframe opened with `sync=1`, tells the host page the view now shown, so an article can
/// keep it in its own address (`static/embed.js` does) and reopen it later:
/// `{"type": "csto-explorer:view", "version": 1, "query": "item=…&date=…"}`. The query
/// holds only the view's own parameters (never `embed` or `sync`).
///
/// The view goes only to a host that said hello: the first time, the page asks its parent
/// (`{"type": "csto-explorer:ready"}`, which carries nothing), `embed.js` answers
/// `{"type": "csto-explorer:hello", "version": 1}` from the parent window, and from then on
/// each view is posted to that answer's origin alone. A page that frames the explorer without
/// `embed.js` gets no view.
pub fn post_view_to_host(view: &ViewParams) {
    #[cfg(target_arch = "wasm32")]
    {
        let window = gloo::utils::window();
        let Ok(Some(parent)) = window.parent() else {
            return;
        };
        if parent == window {
            return;
        }
        let own = ViewParams {
            embed: false,
            sync: false,
            ..view.clone()
        };
        let query = permalink::to_query(&own).trim_start_matches('?').to_owned();
        let host = HOST.with(|h| h.borrow().origin.clone());
        match host {
            Some(origin) => send_view(&parent, &query, &origin),
            None => {
                let ask = HOST.with(|h| {
                    let mut h = h.borrow_mut();
                    h.pending = Some(query);
                    h.listener.is_none()
                });
                if ask {
                    listen_for_hello(&window, parent.clone());
                    let ready = message(&[
                        ("type", "csto-explorer:ready".into()),
                        ("version", 1.into()),
                    ]);
                    let _ = parent.post_message(&ready, "*");
                }
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = view;
}

/// The host page that said hello (its origin), the view waiting for it, and the listener.
#[cfg(target_arch = "wasm32")]
#[derive(Default)]
struct Host {
    origin: Option<String>,
    pending: Option<String>,
    listener: Option<gloo::events::EventListener>,
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static HOST: std::cell::RefCell<Host> = std::cell::RefCell::new(Host::default());
}

#[cfg(target_arch = "wasm32")]
fn send_view(parent: &web_sys::Window, query: &str, origin: &str) {
    let view = message(&[
        ("type", "csto-explorer:view".into()),
        ("version", 1.into()),
        ("query", query.into()),
    ]);
    let _ = parent.post_message(&view, origin);
}

/// A message to the host page: an object with these fields.
#[cfg(target_arch = "wasm32")]
fn message(fields: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object
}

/// Waits for `embed.js`'s hello from the parent window; the first one names the host's origin.
#[cfg(target_arch = "wasm32")]
fn listen_for_hello(window: &web_sys::Window, parent: web_sys::Window) {
    let listener = gloo::events::EventListener::new(window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = event
            .source()
            .is_some_and(|s| JsValue::from(s) == JsValue::from(&parent));
        let data = event.data();
        let field = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
        let hello = field("type").and_then(|t| t.as_string()).as_deref()
            == Some("csto-explorer:hello")
            && field("version").and_then(|v| v.as_f64()) == Some(1.0);
        let origin = event.origin();
        if !from_parent || !hello || origin == "null" || origin.is_empty() {
            return;
        }
        let pending = HOST.with(|h| {
            let mut h = h.borrow_mut();
            if h.origin.is_some() {
                return None;
            }
            h.origin = Some(origin.clone());
            h.pending.take()
        });
        if let Some(query) = pending {
            send_view(&parent, &query, &origin);
        }
    });
    HOST.with(|h| h.borrow_mut().listener = Some(listener));
}
