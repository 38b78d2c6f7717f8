//! The browser side of `web` (see there): each function as it runs in the page.

use super::{StoryKey, panic_html};
use crate::data::Day;
use crate::i18n::{Key, Lang};
use crate::permalink::{self, ViewParams};

/// Today's date from the browser's clock; `None` outside a browser.
pub fn today() -> Option<Day> {
    let now = js_sys::Date::new_0();
    Day::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

thread_local! {
    /// Hydration's progress: whether the page itself has mounted, and whether it is live.
    static HYDRATION: std::cell::Cell<(bool, bool)> = const { std::cell::Cell::new((false, false)) };
    /// Work waiting for a task of its own before the page goes live (sections to resume, in
    /// the order they asked: top of the page first), and whether a task for the next one is
    /// already set.
    static WAITING: std::cell::RefCell<Waiting> =
        const { std::cell::RefCell::new((std::collections::VecDeque::new(), false)) };
    /// Work for when every section has hydrated, before the page goes live (`when_hydrated`).
    static WHEN_HYDRATED: std::cell::RefCell<std::collections::VecDeque<Work>> =
        const { std::cell::RefCell::new(std::collections::VecDeque::new()) };
    /// Work whose time came while the page was still hydrating, with its wait (`after_live`).
    static AFTER_LIVE: std::cell::RefCell<Vec<(u32, Work)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Work for a task of its own.
type Work = Box<dyn FnOnce()>;

/// Work for a task of its own each, and whether the task for the next one is set.
type Waiting = (std::collections::VecDeque<Work>, bool);

/// Runs `then` in a task of its own, after the work queued before it, before the page goes
/// live; false (and nothing runs) outside a browser or once the page is live.
pub fn before_live(then: impl FnOnce() + 'static) -> bool {
    if HYDRATION.with(|h| h.get().1) {
        return false;
    }
    let start = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        w.0.push_back(Box::new(then));
        !std::mem::replace(&mut w.1, true)
    });
    if start {
        run_next_waiting();
    }
    true
}

/// In the next task: runs the first waiting work (a section resumed renders in this task's
/// microtasks), then sets the task for the one after; with none left, the page may go live.
fn run_next_waiting() {
    in_next_task(|| {
        let next = WAITING.with(|w| {
            let mut w = w.borrow_mut();
            let next = w.0.pop_front();
            w.1 = next.is_some();
            next
        });
        match next {
            // The next one is set after this one: one rendering may add more (nested).
            Some(work) => {
                work();
                run_next_waiting();
            }
            None => match WHEN_HYDRATED.with(|w| w.borrow_mut().pop_front()) {
                // Each in a task of its own; what it renders may ask for sections of its own.
                Some(work) => {
                    WAITING.with(|w| w.borrow_mut().1 = true);
                    work();
                    run_next_waiting();
                }
                None => live_when_done(),
            },
        }
    });
}

/// Runs `then` once every section of the prerendered page has hydrated, in a task of its own,
/// before the page goes live: the address's own view replaces the prerendered one only then, so
/// no section hydrates against a view the server did not render. At once outside a browser, or
/// when the page is not hydrating.
pub fn when_hydrated(then: impl FnOnce() + 'static) {
    if HYDRATION.with(|h| h.get().1) {
        return then();
    }
    WHEN_HYDRATED.with(|w| w.borrow_mut().push_back(Box::new(then)));
    let start = WAITING.with(|w| !std::mem::replace(&mut w.borrow_mut().1, true));
    if start {
        run_next_waiting();
    }
}

/// While the page hydrates: the SVG markup of the chart the page shows for `key` (see
/// `data-chart` in the chart component), if it shows that one; `None` once the page is live,
/// or outside a browser.
pub fn prerendered_chart_svg(key: &str) -> Option<String> {
    if HYDRATION.with(|h| h.get()) != (true, false) {
        return None;
    }
    let selector = format!(".chart .chart-track[data-chart=\"{key}\"] .chart-canvas > svg");
    let svg = gloo::utils::document().query_selector(&selector).ok()??;
    Some(svg.outer_html())
}

/// The page has mounted (its first render, hydrating or not).
pub fn app_mounted() {
    HYDRATION.with(|h| h.set((true, h.get().1)));
    live_when_done();
}

fn live_when_done() {
    let waiting = WAITING.with(|w| w.borrow().1);
    if !waiting && HYDRATION.with(|h| h.get()) == (true, false) {
        HYDRATION.with(|h| h.set((true, true)));
        reveal_staged();
        mark_live();
        // What waited for the page to be live, each in a task of its own, as long after.
        for (millis, work) in AFTER_LIVE.with(|a| a.take()) {
            gloo::timers::callback::Timeout::new(millis, work).forget();
        }
    }
}

/// Calls `then` once, after `millis` milliseconds, or, if the page is still hydrating then,
/// `millis` milliseconds after it goes live: work that can wait, kept out of hydration and out
/// of a reader's first moments with the live page. Dropping the returned handle before the
/// first wait is up cancels it (`None` outside a browser, where nothing is called).
pub fn after_live(millis: u32, then: impl FnOnce() + 'static) -> Option<Pending> {
    Some(gloo::timers::callback::Timeout::new(millis, move || {
        if HYDRATION.with(|h| h.get().1) {
            then();
        } else {
            AFTER_LIVE.with(|a| a.borrow_mut().push((millis, Box::new(then))));
        }
    }))
}

/// A new element right after `root`, out of sight but laid out at its width, for the app to
/// be drawn in while `root`'s prerendered page stays on screen (`None` outside a browser).
pub fn staging_beside(root: &web_sys::Element) -> Option<web_sys::Element> {
    // An id names one element: the prerendered page, still on screen, gives its ids up to
    // the app drawn beside it (its labels then name the same texts, drawn there).
    if let Ok(named) = root.query_selector_all("[id]") {
        for k in 0..named.length() {
            if let Some(el) = named
                .item(k)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                let _ = el.remove_attribute("id");
            }
        }
    }
    let staging = gloo::utils::document().create_element("div").ok()?;
    staging.set_class_name("app-staging");
    root.after_with_node_1(&staging).ok()?;
    Some(staging)
}

/// The app drawn out of sight (`staging_beside`) takes the prerendered page's place: the
/// prerendered `#app` goes, and the drawn one becomes `#app`, in one task, so nothing blinks.
fn reveal_staged() {
    let document = gloo::utils::document();
    let Some(staging) = document.query_selector(".app-staging").ok().flatten() else {
        return;
    };
    if let Some(prerendered) = document.get_element_by_id("app") {
        prerendered.remove();
    }
    staging.set_class_name("");
    staging.set_id("app");
}

/// Marks the page as taken over by the app (`<html data-app="live">`): from here on its
/// controls respond. Until then a reader sees the prerendered view.
fn mark_live() {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("data-app", "live");
    }
}

/// Turns the projector layout on or off (`<html class="projector">`: large type, high
/// contrast, thick focus rings, in the light or the dark theme).
pub fn apply_projector(on: bool) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.class_list().toggle_with_force("projector", on);
    }
}

/// Applies a colour theme to the page: `data-theme` on `<html>` overrides the system's
/// preference; without it the stylesheet follows prefers-color-scheme.
pub fn apply_theme(theme: crate::permalink::Theme) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = match theme {
            crate::permalink::Theme::Auto => html.remove_attribute("data-theme"),
            other => html.set_attribute("data-theme", other.key()),
        };
    }
}

/// Whether the page was opened from a file (a saved copy): there the view lives in the
/// fragment, because a query string would change which file is opened.
pub(super) fn is_file() -> bool {
    gloo::utils::window().location().protocol().as_deref() == Ok("file:")
}

/// Where the view's parameters are in the address: the query string, or for a file:// copy
/// the fragment. Empty outside a browser.
pub(super) fn address_params() -> String {
    let location = gloo::utils::window().location();
    if is_file() {
        location.hash().unwrap_or_default()
    } else {
        location.search().unwrap_or_default()
    }
}

/// Logs each warning to the console: a reader is not troubled with a bad link; a developer
/// finds out why it did not show what they meant.
pub fn warn(warnings: &[String]) {
    for w in warnings {
        gloo::console::warn!(format!("CSTO explorer address: {w}"));
    }
}

/// Puts the view into the address, as a new history entry when `new_entry` (so Back returns to
/// the previous view) or in place of the current one. Does nothing when the address already
/// says it, so a view restored from the address is not written back.
pub fn write_address(view: &ViewParams, new_entry: bool) {
    let query = permalink::to_query(view);
    let current = address_params();
    if query.trim_start_matches('?') == current.trim_start_matches(['?', '#']) {
        return;
    }
    let window = gloo::utils::window();
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let url = if is_file() {
        let search = location.search().unwrap_or_default();
        format!("{path}{search}#{}", query.trim_start_matches('?'))
    } else {
        format!("{path}{query}{}", location.hash().unwrap_or_default())
    };
    if let Ok(history) = window.history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if new_entry {
            history.push_state_with_url(&null, "", Some(&url))
        } else {
            history.replace_state_with_url(&null, "", Some(&url))
        };
    }
}

/// Calls `on_change` when the reader goes Back or Forward, for as long as the returned
/// listener is kept (`None` outside a browser).
pub fn on_history_change(on_change: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    Some(gloo::events::EventListener::new(
        &gloo::utils::window(),
        "popstate",
        move |_| on_change(),
    ))
}

/// The browser's preferred languages, most preferred first.
pub(super) fn browser_languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let mut out: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty() {
        out.extend(navigator.language());
    }
    out
}

thread_local! {
    /// The language of the panic screen: the page's language at the time.
    static PAGE_LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::ENGLISH) };
}

/// Puts the page in `lang`: `<html lang>` (so screen readers switch voice), the title and the
/// static header around the app.
pub fn apply_language(lang: Lang) {
    PAGE_LANG.with(|page| page.set(lang));
    let document = gloo::utils::document();
    // Only what differs is written: setting `lang` on <html>, even to the value it has,
    // makes the browser style the whole page again (some 20 ms on a slow phone), and the
    // prerendered page is already in the language it hydrates in.
    let code = lang.shown().code();
    if let Some(html) = document.document_element()
        && html.get_attribute("lang").as_deref() != Some(code)
    {
        let _ = html.set_attribute("lang", code);
    }
    let title = lang.t(Key::PageTitle);
    if document.title() != title {
        document.set_title(title);
    }
    for (id, key) in [
        ("site-kicker", Key::Kicker),
        ("site-headline", Key::Headline),
        ("site-dek-text", Key::Dek),
        ("site-dek-link", Key::DekLink),
        ("skip-link", Key::SkipLink),
    ] {
        let text = lang.t(key);
        if let Some(el) = document.get_element_by_id(id)
            && el.text_content().as_deref() != Some(text)
        {
            el.set_text_content(Some(text));
        }
    }
}

/// Fetches the dataset's and the interface's texts in `lang` (`data/i18n/<code>.json`, next to
/// the page), hands them to `i18n` and `data`, then calls `done` — with an error message if the
/// file could not be fetched or read, in which case the page stays in English.
pub fn fetch_translation(lang: Lang, done: impl FnOnce(Result<(), String>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        // The offline copy carries the texts inline, in a data block: no fetch from file://.
        let inline = gloo::utils::document()
            .get_element_by_id(&format!("csto-texts-{}", lang.code()))
            .and_then(|block| block.text_content());
        let text = match inline {
            Some(text) => Ok(text),
            None => fetch_text(&format!("data/i18n/{}.json", lang.code())).await,
        };
        // One file carries both the dataset's texts and the interface's (see i18n::texts_file).
        let result = text.and_then(|text| {
            crate::i18n::read_texts_file(lang.code(), &text)
                .and_then(|entries| crate::data::add_translation_entries(lang.code(), &entries))
                .map(|_| ())
                .map_err(|e| format!("data/i18n/{}.json: {e}", lang.code()))
        });
        if let Err(e) = &result {
            gloo::console::error!(e.clone());
        }
        done(result);
    });
}

async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let failed = |what: &str| format!("{url}: {what}");
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|_| failed("the request failed"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed("not a response"))?;
    if !response.ok() {
        return Err(failed(&format!("HTTP {}", response.status())));
    }
    let text = response.text().map_err(|_| failed("no body"))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| failed("the body is not text"))
}

/// Marks the page as embedded (`<html class="embed">`): the stylesheet then drops the page
/// chrome. In an iframe, also starts reporting the content's height to the host page.
pub fn apply_embed(embed: bool) {
    if embed {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.class_list().add_1("embed");
        }
        report_height_to_host();
    }
}

/// Marks on `<html>` which layout is on screen (`data-layout`: page, alone or slide) and which
/// view is alone (`data-view`), as the page's early script does from the address before any
/// wasm has loaded: the stylesheet keeps the static header and the other views off screen.
pub fn apply_layout(layout: &str, view: Option<&str>) {
    if let Some(html) = gloo::utils::document().document_element() {
        // The page is the default: no attribute, as the page is served.
        match layout {
            "page" if html.has_attribute("data-layout") => {
                let _ = html.remove_attribute("data-layout");
            }
            "page" => {}
            _ if html.get_attribute("data-layout").as_deref() != Some(layout) => {
                let _ = html.set_attribute("data-layout", layout);
            }
            _ => {}
        }
        match view {
            Some(view) if html.get_attribute("data-view").as_deref() != Some(view) => {
                let _ = html.set_attribute("data-view", view);
            }
            Some(_) => {}
            None => {
                let _ = html.remove_attribute("data-view");
            }
        }
    }
}

/// Posts the content height to the parent page whenever it changes, in the three formats hosts
/// already understand: Datawrapper's `datawrapper-height`, Flourish's `resize` and AMP's
/// `embed-size` (`static/embed.js` is our own small host script for them). Only a height is
/// sent, so any origin may read it.
fn report_height_to_host() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(body) = gloo::utils::document().body() else {
        return;
    };
    let last = std::cell::Cell::new(0_i32);
    let measured = body.clone();
    let report = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil() as i32;
        if height == last.get() || height <= 0 {
            return;
        }
        last.set(height);
        for message in [
            format!(r#"{{"datawrapper-height":{{"csto-explorer":{height}}}}}"#),
            format!(r#"{{"sender":"Flourish","method":"resize","height":{height}}}"#),
            format!(r#"{{"sentinel":"amp","type":"embed-size","height":{height}}}"#),
        ] {
            if let Ok(value) = js_sys::JSON::parse(&message) {
                let _ = parent.post_message(&value, "*");
            }
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    report.forget();
}

/// Puts the whole page in full screen, or takes it out (Esc also leaves, as browsers do).
pub fn toggle_fullscreen() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Listens for the story's clicker keys on the whole page while the returned listener is kept:
/// →, Space and Page Down move on; ← and Page Up back; Home and End to the ends; Esc leaves
/// (unless a detail panel is open, which Esc closes first). Keys typed into a field, or that a
/// focused control uses itself (arrows in the timeline or a slider, Space on a button), are left
/// alone.
pub fn on_story_keys(on_key: impl Fn(StoryKey) + 'static) -> Option<gloo::events::EventListener> {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    // Not passive: the keys must not also scroll the page.
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    Some(gloo::events::EventListener::new_with_options(
        &document,
        "keydown",
        options,
        move |event| {
            let Some(e) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if e.default_prevented() || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let doc = gloo::utils::document();
            let focus = doc.active_element();
            let tag = focus
                .as_ref()
                .map(|f| f.tag_name().to_ascii_lowercase())
                .unwrap_or_default();
            let on_page = focus.is_none() || tag == "body";
            let in_story = focus
                .as_ref()
                .is_some_and(|f| f.closest(".story").ok().flatten().is_some());
            let typing = matches!(tag.as_str(), "input" | "textarea" | "select");
            let key = e.key();
            let action = match key.as_str() {
                "PageDown" if !typing => Some(StoryKey::Next),
                "PageUp" if !typing => Some(StoryKey::Previous),
                "ArrowRight" if on_page || (in_story && !typing) => Some(StoryKey::Next),
                "ArrowLeft" if on_page || (in_story && !typing) => Some(StoryKey::Previous),
                " " if on_page => Some(StoryKey::Next),
                "Home" if on_page || in_story => Some(StoryKey::First),
                "End" if on_page || in_story => Some(StoryKey::Last),
                "Escape" if doc.get_element_by_id("detail").is_none() && (on_page || in_story) => {
                    Some(StoryKey::Leave)
                }
                _ => None,
            };
            if let Some(action) = action {
                e.prevent_default();
                on_key(action);
            }
        },
    ))
}

/// What keeps a repeating timer running: dropping it stops the timer.
pub type Ticker = gloo::timers::callback::Interval;

/// Calls `tick` every `millis` milliseconds for as long as the returned ticker is kept (`None`
/// outside a browser).
pub fn every(millis: u32, tick: impl FnMut() + 'static) -> Option<Ticker> {
    Some(gloo::timers::callback::Interval::new(millis, tick))
}

/// What keeps a one-off timer pending: dropping it cancels the call.
pub type Pending = gloo::timers::callback::Timeout;

/// Runs `work` in a task of its own, after what the browser has queued (outside a browser, not
/// at all).
pub fn in_next_task(work: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, work).forget();
}

/// Calls `then` once, after `millis` milliseconds, unless the returned handle is dropped first
/// (`None` outside a browser, where nothing is called).
pub fn after(millis: u32, then: impl FnOnce() + 'static) -> Option<Pending> {
    Some(gloo::timers::callback::Timeout::new(millis, then))
}

/// The element that has keyboard focus, if any (not the page itself).
pub fn active_element() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    let el = document.active_element()?;
    if document.body().is_some_and(|b| b.is_same_node(Some(&el))) {
        return None;
    }
    el.dyn_into().ok()
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// A pointer event's position in an element's own coordinate system, scaled from its on-screen
/// size to `(logical_width, logical_height)` — for an SVG drawn at a fixed size and shown
/// stretched to its container.
///
/// Yew delegates events to its root, so the event's own `current_target` is not the element:
/// the caller passes it.
pub fn pointer_in(
    event: &web_sys::MouseEvent,
    element: &yew::NodeRef,
    logical: (f64, f64),
) -> Option<(f64, f64)> {
    let el = element.cast::<web_sys::Element>()?;
    let rect = el.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    let x = (f64::from(event.client_x()) - rect.left()) * logical.0 / rect.width();
    let y = (f64::from(event.client_y()) - rect.top()) * logical.1 / rect.height();
    Some((x, y))
}

/// Replaces the page with an accessible error message when the app panics, so a reader never
/// faces a blank page. The static parts of the page (title, `noscript` text) stay.
pub fn install_panic_screen() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_error_screen();
    }));
}

fn show_error_screen() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    root.set_inner_html(&panic_html(PAGE_LANG.with(|page| page.get())));
    if let Some(heading) = document.get_element_by_id("app-error-title") {
        let _ = heading.set_attribute("tabindex", "-1");
        use wasm_bindgen::JsCast;
        if let Ok(h) = heading.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
}

/// Lets the end-to-end tests check the panic screen on the real release build:
/// `window.wasmBindings.forcePanicForTesting()`. A reader calling it only breaks their own tab.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = forcePanicForTesting)]
pub fn force_panic_for_testing() {
    panic!("panic forced by the end-to-end test");
}
