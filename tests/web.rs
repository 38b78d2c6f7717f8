//! Browser tests (wasm-bindgen-test in headless Chromium): the app drawn afresh into a new
//! element (client-side, not hydrating a prerendered page as every end-to-end test does),
//! driven with real DOM events: a click, the timeline's keys, the language switch. The roster's
//! slider and the chart's track switch are left to `tests/e2e/explorer.test.mjs`.
#![cfg(target_arch = "wasm32")]

use csto_explorer::app::{App, AppProps};
use csto_explorer::data::Day;
use csto_explorer::i18n::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    gloo::utils::document()
}

/// Mounts the app into a new element and waits until it has rendered.
async fn mount() -> Element {
    // Each test starts from a clean address: the app keeps its view there, and the tests share
    // one page.
    let window = gloo::utils::window();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let today = Day::from_ymd(2026, 11, 26);
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            today,
            lang: Some(Lang::ENGLISH),
            ..AppProps::default()
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

/// Waits, a frame at a time, until the page's address holds `part` (the app writes its view
/// there a moment after a change); fails after five seconds.
async fn address_holds(part: &str) {
    let search = || {
        gloo::utils::window()
            .location()
            .search()
            .unwrap_or_default()
    };
    for _ in 0..300 {
        if search().contains(part) {
            return;
        }
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            gloo::utils::window()
                .request_animation_frame(&resolve)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    }
    panic!("the address never held {part}: {}", search());
}

fn unmount(root: Element) {
    root.remove();
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .unwrap()
}

fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn clicking_a_timeline_item_opens_its_detail() {
    let root = mount().await;
    find(&root, "#tl-uzb-suspended").click();
    yew::scheduler::flush().await;
    let panel = find(&root, "#detail");
    assert!(
        panel
            .text_content()
            .unwrap()
            .contains("Uzbekistan's membership suspended")
    );
    assert!(
        panel
            .query_selector("a[href^='https://']")
            .unwrap()
            .is_some(),
        "sources are links"
    );
    assert!(
        find(&root, "[data-testid=announcer]")
            .text_content()
            .unwrap()
            .starts_with("Selected: Uzbekistan")
    );
    unmount(root);
}

#[wasm_bindgen_test]
async fn arrow_keys_move_focus_and_escape_closes_the_panel() {
    let root = mount().await;
    // Two periods side by side in one lane: a target of their own at every zoom.
    let first = find(&root, "#tl-arm-signatory");
    first.focus().unwrap();
    press(&first, "ArrowRight");
    yew::scheduler::flush().await;
    let active = document().active_element().unwrap();
    assert_eq!(active.id(), "tl-arm-party");
    assert_eq!(active.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("-1"));

    let now: HtmlElement = active.dyn_into().unwrap();
    press(&now, "Enter");
    yew::scheduler::flush().await;
    assert!(root.query_selector("#detail").unwrap().is_some());
    press(&now, "Escape");
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("#detail").unwrap().is_none(),
        "Esc closes the panel"
    );
    assert_eq!(
        document().active_element().unwrap().id(),
        "tl-arm-party",
        "focus returns to the item"
    );
    unmount(root);
}

#[wasm_bindgen_test]
async fn the_language_switch_rewrites_the_page_and_keeps_the_view() {
    // The test runner does not serve data/i18n/: hand the app what the file it would fetch
    // carries, the dataset's texts and the interface's.
    csto_explorer::data::add_translation("ru", include_str!("../static/data/i18n/ru.json"))
        .expect("the Russian texts read");
    csto_explorer::i18n::add_interface_file("ru", include_str!("../src/i18n/ru.json"))
        .expect("the Russian interface reads");
    let root = mount().await;
    find(&root, "button[data-track=bilateral]").click();
    yew::scheduler::flush().await;
    find(&root, "button[data-lang-choice=ru]").click();
    yew::scheduler::flush().await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ru"));
    assert!(
        find(&root, "[data-testid=roster-headline]")
            .text_content()
            .unwrap()
            .starts_with("На 11 марта 2026 г.")
    );
    let figure = find(&root, ".chart");
    assert_eq!(
        figure.get_attribute("data-track").as_deref(),
        Some("bilateral"),
        "switching language keeps the chosen track"
    );
    assert!(figure.text_content().unwrap().contains("Россия"));
    address_holds("lang=ru").await;
    find(&root, "button[data-lang-choice=en]").click();
    yew::scheduler::flush().await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    unmount(root);
}
