//! The only module (with the components' event handlers) that talks to the browser: today's
//! date, the reader's languages and the page's language, moving keyboard focus, pointer
//! positions, timers, hydration's queue, the panic screen, and (in `share`) links, copying,
//! downloads and the host page. The browser side is `web/browser.rs`; natively (tests, the server
//! renderer) the same functions come from `web/native.rs`, which does nothing or what the server
//! renderer needs. What does not depend on the platform is here.

pub mod checker;
pub mod own_data;
pub mod share;
pub mod view;

#[cfg_attr(target_arch = "wasm32", path = "web/browser.rs")]
#[cfg_attr(not(target_arch = "wasm32"), path = "web/native.rs")]
mod platform;
pub use platform::*;

use crate::i18n::{Key, Lang};
use crate::permalink::{self, ViewParams};

/// A suspension that resumes in a later task of its own (a section hydrating later); `None`
/// outside a browser, and once the page is live (a section that appears later renders at
/// once). Sections resume one per task, in the order they asked: Yew's scheduler does not
/// yield while renders are pending, so sections resumed together would render in one task.
pub fn next_task() -> Option<yew::suspense::Suspension> {
    let (suspension, handle) = yew::suspense::Suspension::new();
    before_live(move || handle.resume()).then_some(suspension)
}

/// The view the address describes, and a warning for each value it had to drop.
pub fn address_view() -> (ViewParams, Vec<String>) {
    permalink::parse(&platform::address_params())
}

/// The language the reader's browser alone would choose: the first of its preferred languages
/// that the explorer has, else English.
pub fn browser_lang() -> Lang {
    Lang::negotiate(None, &platform::browser_languages())
}

/// Runs `then` once the dataset's texts in `lang` are at hand: at once when they already are
/// (English always), else after fetching them — and also if the fetch fails, when the original
/// texts stay in use and the page says so.
pub fn when_texts_ready(lang: Lang, then: impl FnOnce() + 'static) {
    if crate::data::has_translation(lang.code()) {
        then();
    } else {
        fetch_translation(lang, move |_| then());
    }
}

/// What a key does in story mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryKey {
    Next,
    Previous,
    First,
    Last,
    Leave,
}

/// Focuses `element` if it is still in the page; reports whether it did.
pub fn refocus(element: &web_sys::HtmlElement) -> bool {
    element.is_connected() && element.focus().is_ok()
}

/// The horizontal position of a pointer event as a fraction (0–1) of `element`'s width.
pub fn pointer_fraction_x(event: &web_sys::MouseEvent, element: &yew::NodeRef) -> Option<f64> {
    pointer_in(event, element, (1.0, 1.0)).map(|(x, _)| x.clamp(0.0, 1.0))
}

/// Static markup, not rendered through Yew: after a panic the renderer cannot be trusted. The
/// texts come from the interface tables (a language other than English from its fetched file),
/// so each is escaped: a translation file can never put markup here.
pub fn panic_html(lang: Lang) -> String {
    let text = |key| crate::chart::svg::escape(lang.t(key));
    format!(
        r#"<div class="app-error" role="alert" aria-labelledby="app-error-title"><h2 id="app-error-title">{}</h2><p>{}<a href="data/csto.json">{}</a>.</p><p><a class="button" href="">{}</a></p></div>"#,
        text(Key::PanicTitle),
        text(Key::PanicText),
        text(Key::PanicFile),
        text(Key::PanicReload)
    )
}
