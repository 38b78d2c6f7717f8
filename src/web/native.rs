//! `web` outside a browser (tests, the server renderer, the build's programs): the same
//! functions as `browser.rs`, documented there, each doing nothing or what the server renderer
//! needs (`when_hydrated` runs its work at once; `fetch_translation` reads the compiled-in texts).

use super::StoryKey;
use crate::data::Day;
use crate::i18n::{Key, Lang};
use crate::permalink::ViewParams;

pub fn today() -> Option<Day> {
    None
}

pub fn before_live(then: impl FnOnce() + 'static) -> bool {
    let _ = then;
    false
}

pub fn when_hydrated(then: impl FnOnce() + 'static) {
    then();
}

pub fn prerendered_chart_svg(key: &str) -> Option<String> {
    let _ = key;
    None
}

pub fn app_mounted() {}

pub fn after_live(millis: u32, then: impl FnOnce() + 'static) -> Option<Pending> {
    let _ = (millis, then);
    None
}

pub fn staging_beside(root: &web_sys::Element) -> Option<web_sys::Element> {
    let _ = root;
    None
}

pub fn apply_projector(on: bool) {
    let _ = on;
}

pub fn apply_theme(theme: crate::permalink::Theme) {
    let _ = theme;
}

pub(super) fn address_params() -> String {
    String::new()
}

pub fn warn(warnings: &[String]) {
    let _ = warnings;
}

pub fn write_address(view: &ViewParams, new_entry: bool) {
    let _ = (view, new_entry);
}

pub fn on_history_change(on_change: impl Fn() + 'static) -> Option<()> {
    let _ = on_change;
    None
}

pub(super) fn browser_languages() -> Vec<String> {
    Vec::new()
}

pub fn apply_language(lang: Lang) {
    let _ = (lang, Key::PageTitle);
}

pub fn fetch_translation(lang: Lang, done: impl FnOnce(Result<(), String>) + 'static) {
    done(
        crate::data::bundled_in(lang.code())
            .map(|_| ())
            .map_err(|e| e.to_string()),
    );
}

pub fn apply_embed(embed: bool) {
    let _ = embed;
}

pub fn apply_layout(layout: &str, view: Option<&str>) {
    let _ = (layout, view);
}

pub fn toggle_fullscreen() {}

pub fn on_story_keys(on_key: impl Fn(StoryKey) + 'static) -> Option<()> {
    let _ = on_key;
    None
}

pub type Ticker = ();

pub fn every(millis: u32, tick: impl FnMut() + 'static) -> Option<Ticker> {
    let _ = (millis, tick);
    None
}

pub type Pending = ();

pub fn in_next_task(work: impl FnOnce() + 'static) {
    let _ = work;
}

pub fn after(millis: u32, then: impl FnOnce() + 'static) -> Option<Pending> {
    let _ = (millis, then);
    None
}

pub fn active_element() -> Option<web_sys::HtmlElement> {
    None
}

pub fn focus_by_id(id: &str) {
    let _ = id;
}

pub fn pointer_in(
    event: &web_sys::MouseEvent,
    element: &yew::NodeRef,
    logical: (f64, f64),
) -> Option<(f64, f64)> {
    let _ = (event, element, logical);
    None
}

pub fn install_panic_screen() {}
