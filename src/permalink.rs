//! The view as address parameters, and back: which record is open, the roster date, the chart
//! track, the theme and the language, so that a link (or a reload, or Back) shows the same view.
//! `?item=uzb-suspended&date=1999-12-31&track=bilateral&theme=dark&lang=ru&from=1998-01-01&to=2000-01-01`
//! ("what changed" between `from` and `to`; and `embed=1` for
//! the compact layout an article's iframe uses, `sync=1` to tell the host page the view); defaults are left
//! out. Reading never fails: an unknown or malformed value is dropped with a warning (the app
//! logs it to the console) and the default stands. Pure: no web crate; tested natively.

use crate::data::{Day, Track};
use crate::i18n::{Key, Lang};
pub use crate::model::views::ViewKind;
use crate::model::window::Window;

/// The colour theme: the system's (prefers-color-scheme), or one the reader picked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Theme::Auto => Key::ThemeAuto,
            Theme::Light => Key::ThemeLight,
            Theme::Dark => Key::ThemeDark,
        })
    }
}

/// What the address says about the view; `None` means "the default".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewParams {
    /// One graphic alone (`view=timeline|chart|map|roster|changes`); `None` for the whole page.
    pub view: Option<ViewKind>,
    /// The timeline's window (`span=2012-01-01..2027-01-01`); `None` for the default, which
    /// depends on the screen's width.
    pub span: Option<Window>,
    pub lang: Option<Lang>,
    pub item: Option<String>,
    pub date: Option<Day>,
    pub track: Option<Track>,
    pub theme: Option<Theme>,
    /// The story chapter shown (`chapter=<id>`), and whether later facts are hidden
    /// (`reveal=1`, predict-and-reveal).
    pub chapter: Option<String>,
    pub reveal: bool,
    /// Large type and high contrast for a classroom projector (`projector=1`).
    pub projector: bool,
    /// The two dates "what changed" compares (`from`, `to`).
    pub from: Option<Day>,
    pub to: Option<Day>,
    /// The compact layout for an iframe in an article (`embed=1`).
    pub embed: bool,
    /// In an iframe, tell the host page each view, so the article can keep it in its own
    /// address (`sync=1`; opt-in, see `web::post_view_to_host`).
    pub sync: bool,
    /// A reader's own dataset to load (`data=<address>`): a path on this site or an http(s)
    /// address (see [`data_address`]).
    pub data: Option<String>,
    /// An embed loads `data` only when its embed code asks for it (`allow_data=1`): an article
    /// decides what its iframe shows, not a link someone crafts to it.
    pub allow_data: bool,
}

/// The longest `data=` address read.
pub const MAX_DATA_ADDRESS: usize = 2048;

/// `%XX` sequences decoded (and `+` as a space); `None` when the result is not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Escapes everything in `text` but letters, digits and `-._~/:`, for a query value.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The address a `data=` value names, if it is one at all: not empty, no control characters,
/// tabs or line breaks, at most [`MAX_DATA_ADDRESS`] long. Whether data may be loaded from it is
/// decided on the address as the browser parses it, not on its text ([`data_place`]).
pub fn data_address(decoded: &str) -> Option<&str> {
    let ok = !decoded.trim().is_empty()
        && decoded.len() <= MAX_DATA_ADDRESS
        && !decoded.chars().any(char::is_control);
    ok.then_some(decoded)
}

/// A record id as datasets may write them: ASCII letters, digits and hyphens.
fn is_record_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A value as a warning quotes it: at most 64 characters, so a huge parameter makes a short
/// console line.
fn quoted(value: &str) -> String {
    let short: String = value.chars().take(64).collect();
    if short.len() < value.len() {
        format!("{short:?}…")
    } else {
        format!("{short:?}")
    }
}

/// Reads a query string or fragment (`?a=1&b=2`, `#a=1`, or `a=1`). Bare words such as an
/// in-page anchor (`#main`) are not parameters and are skipped without a warning.
pub fn parse(text: &str) -> (ViewParams, Vec<String>) {
    let mut view = ViewParams::default();
    let mut warnings = Vec::new();
    let body = text.trim_start_matches(['?', '#']);
    for pair in body.split('&').filter(|p| !p.is_empty()) {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        let key_shown = quoted(key);
        let mut bad = || {
            warnings.push(format!(
                "ignored {key_shown}={}: not a known value",
                quoted(value)
            ))
        };
        match key {
            "view" => match ViewKind::from_key(value) {
                Some(kind) => view.view = Some(kind),
                None => bad(),
            },
            "span" => match Window::parse_param(value) {
                Some(window) => view.span = Some(window),
                None => bad(),
            },
            "lang" => match Lang::from_code(value) {
                Some(lang) => view.lang = Some(lang),
                None => bad(),
            },
            "item" | "chapter" => {
                if is_record_id(value) {
                    if key == "item" {
                        view.item = Some(value.to_owned());
                    } else {
                        view.chapter = Some(value.to_owned());
                    }
                } else {
                    bad();
                }
            }
            "date" | "from" | "to" => match Day::parse_iso(value) {
                Some(day) => {
                    let slot = match key {
                        "date" => &mut view.date,
                        "from" => &mut view.from,
                        _ => &mut view.to,
                    };
                    *slot = Some(day);
                }
                None => bad(),
            },
            "track" => match Track::ALL.iter().find(|t| t.key() == value) {
                Some(track) => view.track = Some(*track),
                None => bad(),
            },
            "theme" => match Theme::ALL.iter().find(|t| t.key() == value) {
                Some(theme) => view.theme = Some(*theme),
                None => bad(),
            },
            "data" => match percent_decode(value).as_deref().and_then(data_address) {
                Some(address) => view.data = Some(address.to_owned()),
                None => bad(),
            },
            "embed" | "sync" | "projector" | "reveal" | "allow_data" => {
                let on = match value {
                    "1" | "true" => true,
                    "0" | "false" => false,
                    _ => {
                        bad();
                        continue;
                    }
                };
                match key {
                    "embed" => view.embed = on,
                    "sync" => view.sync = on,
                    "reveal" => view.reveal = on,
                    "allow_data" => view.allow_data = on,
                    _ => view.projector = on,
                }
            }
            other => warnings.push(format!("ignored unknown parameter {}", quoted(other))),
        }
    }
    (view, warnings)
}

/// The parameters for a view, defaults left out, in a fixed order: `view`, `item`, `date`,
/// `span`, `track`, `theme`, `chapter`, `reveal`, `projector`, `lang`, `from`, `to`, `embed`,
/// `sync`, `data`, `allow_data`. Empty when everything is the default.
pub fn to_query(view: &ViewParams) -> String {
    let mut pairs: Vec<String> = Vec::new();
    if let Some(kind) = view.view {
        pairs.push(format!("view={}", kind.key()));
    }
    if let Some(item) = &view.item {
        pairs.push(format!("item={item}"));
    }
    if let Some(date) = view.date {
        pairs.push(format!("date={}", date.iso()));
    }
    if let Some(span) = view.span {
        pairs.push(format!("span={}", span.to_param()));
    }
    if let Some(track) = view.track {
        pairs.push(format!("track={}", track.key()));
    }
    if let Some(theme) = view.theme {
        pairs.push(format!("theme={}", theme.key()));
    }
    if let Some(chapter) = &view.chapter {
        pairs.push(format!("chapter={chapter}"));
    }
    if view.reveal {
        pairs.push("reveal=1".to_owned());
    }
    if view.projector {
        pairs.push("projector=1".to_owned());
    }
    if let Some(lang) = view.lang {
        pairs.push(format!("lang={}", lang.code()));
    }
    for (key, day) in [("from", view.from), ("to", view.to)] {
        if let Some(day) = day {
            pairs.push(format!("{key}={}", day.iso()));
        }
    }
    if view.embed {
        pairs.push("embed=1".to_owned());
    }
    if view.sync {
        pairs.push("sync=1".to_owned());
    }
    if let Some(data) = &view.data {
        pairs.push(format!("data={}", percent_encode(data)));
    }
    if view.allow_data {
        pairs.push("allow_data=1".to_owned());
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// Whether going from one view to the next deserves its own history entry (Back returns to
/// it): a record opened or closed, another track or language. Dragging the date slider or
/// picking a theme only updates the current entry, so Back is not a walk through every year.
/// Embedded in an article, no view makes an entry: the frame's entries would be the article's
/// too, and Back should leave the article, not step through the explorer.
pub fn is_new_view(before: &ViewParams, after: &ViewParams) -> bool {
    !after.embed
        && (before.view != after.view
            || before.item != after.item
            || before.track != after.track
            || before.lang != after.lang
            || before.chapter != after.chapter
            || before.data != after.data)
}

/// The height an embed starts at, before the host script (`embed.js`) fits it to its content:
/// about what the graphic takes at a column's width, so a page without the script still shows
/// it whole. The whole explorer is far taller; its frame scrolls until the script fits it.
pub fn embed_height(view: Option<ViewKind>) -> u32 {
    match view {
        Some(ViewKind::Timeline) => 640,
        Some(ViewKind::Chart) => 550,
        Some(ViewKind::Map) => 520,
        Some(ViewKind::Roster) => 600,
        Some(ViewKind::Changes) => 660,
        None => 900,
    }
}

/// The host script, published under a name from its content's hash (build.rs and
/// `src/bin/data-files.rs`), and its Subresource Integrity value: an article runs it only if it
/// is byte for byte this build's.
pub const EMBED_SCRIPT: &str = env!("CSTO_EMBED_SCRIPT");
pub const EMBED_SCRIPT_INTEGRITY: &str = env!("CSTO_EMBED_INTEGRITY");

/// The code an article pastes to embed `view` from the explorer at `base` (its directory
/// address, ending in `/`): a lazy iframe in the compact layout with an accessible title, and
/// the host script that sizes it, checked against its hash. With `sync`, the iframe tells the article each view and the
/// script keeps it in the article's address as `?csto=…`.
pub fn embed_snippet(base: &str, view: &ViewParams, sync: bool, title: &str) -> String {
    let escape = crate::chart::svg::escape;
    // embed.html is the page prerendered in the compact layout (src/bin/prerender.rs).
    let src = format!(
        "{base}embed.html{}",
        to_query(&ViewParams {
            embed: true,
            sync,
            allow_data: view.data.is_some(),
            ..view.clone()
        })
    );
    format!(
        concat!(
            r#"<iframe src="{src}" title="{title}" width="100%" height="{height}" loading="lazy" "#,
            r#"style="width:100%;border:0" data-csto-explorer{sync}></iframe>"#,
            "\n",
            r#"<script src="{base}{script}" integrity="{integrity}" crossorigin="anonymous" async></script>"#
        ),
        script = EMBED_SCRIPT,
        integrity = EMBED_SCRIPT_INTEGRITY,
        src = escape(&src),
        title = escape(title),
        height = embed_height(view.view),
        sync = if sync {
            r#" data-csto-sync="csto""#
        } else {
            ""
        },
        base = escape(base),
    )
}

/// Where a `data=` address leads, decided on its parts as the browser's URL parser read them
/// (scheme, origin, path), never on the address's text: `+//host`, ` //host`, `https:///host`,
/// backslashes and mixed-case schemes all come out of the parser as what they really are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataPlace {
    /// On this site, under the app's own folder: loaded without asking.
    Here,
    /// On another origin, or elsewhere on this one: loaded only after the reader agrees.
    Elsewhere(String),
    /// Not a web address the page may load (another scheme, or plain http from elsewhere).
    Refused,
}

/// Decides a parsed `data=` address (`protocol` such as `https:`, its `origin` and `path`)
/// against the page's own origin and path.
pub fn data_place(
    protocol: &str,
    origin: &str,
    path: &str,
    page_origin: &str,
    page_path: &str,
) -> DataPlace {
    let web = matches!(protocol, "http:" | "https:");
    let folder = &page_path[..page_path.rfind('/').map_or(0, |i| i + 1)];
    if web && origin == page_origin {
        if !folder.is_empty() && path.starts_with(folder) {
            DataPlace::Here
        } else {
            DataPlace::Elsewhere(origin.to_owned())
        }
    } else if protocol == "https:" && origin != "null" {
        DataPlace::Elsewhere(origin.to_owned())
    } else {
        DataPlace::Refused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ru() -> Lang {
        Lang::from_code("ru").unwrap()
    }

    #[test]
    fn a_data_address_is_any_text_without_control_characters() {
        for ok in [
            "data/mine.json",
            "./mine.json",
            "/datasets/nato.json",
            "https://example.org/a.json",
            "HTTP://example.org/a.json",
            "mine.json?v=1",
        ] {
            assert_eq!(data_address(ok), Some(ok), "{ok}");
        }
        // Any other scheme, `//host`, backslashes: decided on the parsed address (data_place).
        for bad in ["", "  ", "a\tb.json", "x\u{0}.json", "x\n.json"] {
            assert_eq!(data_address(bad), None, "{bad:?}");
        }
        assert_eq!(data_address(&"a".repeat(MAX_DATA_ADDRESS + 1)), None);
        let (view, warnings) = parse("?data=%09x.json");
        assert_eq!((view.data, warnings.len()), (None, 1));
        let (view, _) = parse("?data=https%3A%2F%2Fexample.org%2Fa.json&allow_data=1");
        assert_eq!(view.data.as_deref(), Some("https://example.org/a.json"));
        assert!(view.allow_data);
        assert_eq!(percent_decode("%E2%82%AC%2"), Some("€%2".into()));
        assert_eq!(percent_decode("%FF"), None);
    }

    #[test]
    fn a_view_survives_the_round_trip() {
        let view = ViewParams {
            view: None,
            span: None,
            lang: Some(ru()),
            item: Some("uzb-suspended".into()),
            date: Day::from_ymd(1999, 12, 31),
            track: Some(Track::Bilateral),
            theme: Some(Theme::Dark),
            chapter: Some("chapter-1999".into()),
            reveal: true,
            projector: true,
            from: Day::from_ymd(1998, 1, 1),
            to: Day::from_ymd(2000, 1, 1),
            embed: true,
            sync: true,
            data: Some("https://example.org/my data.json?v=2&x=1".into()),
            allow_data: true,
        };
        let query = to_query(&view);
        assert_eq!(
            query,
            "?item=uzb-suspended&date=1999-12-31&track=bilateral&theme=dark&chapter=chapter-1999&reveal=1&projector=1&lang=ru&from=1998-01-01&to=2000-01-01&embed=1&sync=1&data=https://example.org/my%20data.json%3Fv%3D2%26x%3D1&allow_data=1"
        );
        assert_eq!(parse(&query), (view.clone(), vec![]));
        // The same parameters in a fragment, as a file:// copy keeps them.
        assert_eq!(parse(&query.replacen('?', "#", 1)).0, view);
        assert_eq!(to_query(&ViewParams::default()), "");
    }

    #[test]
    fn a_single_view_and_the_timeline_window_read_back() {
        let view = ViewParams {
            view: Some(ViewKind::Timeline),
            span: Window::parse_param("2012-01-01..2026-12-03"),
            ..ViewParams::default()
        };
        let query = to_query(&view);
        assert_eq!(query, "?view=timeline&span=2012-01-01..2026-12-03");
        assert_eq!(parse(&query), (view, vec![]));
        for kind in ViewKind::ALL {
            assert_eq!(ViewKind::from_key(kind.key()), Some(kind));
        }
        let (bad, warnings) = parse("?view=gallery&span=2020-01-01..2012-01-01");
        assert_eq!(bad, ViewParams::default());
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("view"));
        // Another view is a new history entry; another window is not.
        let moved = ViewParams {
            span: Window::parse_param("2000-01-01..2010-01-01"),
            ..ViewParams::default()
        };
        assert!(!is_new_view(&ViewParams::default(), &moved));
        let chart = ViewParams {
            view: Some(ViewKind::Chart),
            ..ViewParams::default()
        };
        assert!(is_new_view(&ViewParams::default(), &chart));
    }

    #[test]
    fn each_embedded_view_starts_at_a_height_that_fits_it() {
        let chart = ViewParams {
            view: Some(ViewKind::Chart),
            ..ViewParams::default()
        };
        let code = embed_snippet("https://example.org/", &chart, false, "t");
        assert!(code.contains("embed.html?view=chart&amp;embed=1"), "{code}");
        assert!(code.contains(&format!(
            "height=\"{}\"",
            embed_height(Some(ViewKind::Chart))
        )));
        assert!(embed_height(Some(ViewKind::Timeline)) <= 650);
        assert!(embed_height(None) > embed_height(Some(ViewKind::Timeline)));
    }

    #[test]
    fn embed_code_reproduces_the_view() {
        let view = ViewParams {
            item: Some("uzb-suspended".into()),
            track: Some(Track::Bilateral),
            ..ViewParams::default()
        };
        let code = embed_snippet(
            "https://example.org/g/csto/",
            &view,
            false,
            "The \"CSTO\" explorer",
        );
        assert_eq!(
            code,
            format!(
                "<iframe src=\"https://example.org/g/csto/embed.html?item=uzb-suspended&amp;track=bilateral&amp;embed=1\" \
                 title=\"The &quot;CSTO&quot; explorer\" width=\"100%\" height=\"900\" loading=\"lazy\" \
                 style=\"width:100%;border:0\" data-csto-explorer></iframe>\n\
                 <script src=\"https://example.org/g/csto/{EMBED_SCRIPT}\" integrity=\"{EMBED_SCRIPT_INTEGRITY}\" \
                 crossorigin=\"anonymous\" async></script>"
            )
        );
        assert!(EMBED_SCRIPT.starts_with("csto-embed-") && EMBED_SCRIPT.len() == 30);
        assert!(
            EMBED_SCRIPT_INTEGRITY.starts_with("sha384-") && EMBED_SCRIPT_INTEGRITY.len() == 71
        );
        let synced = embed_snippet("https://example.org/", &ViewParams::default(), true, "t");
        assert!(synced.contains("?embed=1&amp;sync=1\""));
        assert!(synced.contains(r#"data-csto-explorer data-csto-sync="csto">"#));
        // A view of a reader's own data from an address: the embed code asks to load it.
        let own = ViewParams {
            data: Some("https://data.example.org/a.json".into()),
            ..ViewParams::default()
        };
        let code = embed_snippet("https://example.org/", &own, false, "t");
        assert!(
            code.contains("?embed=1&amp;data=https://data.example.org/a.json&amp;allow_data=1\"")
        );
    }

    #[test]
    fn bad_values_fall_back_with_a_warning() {
        let (view, warnings) = parse(
            "?item=<script>&date=1999-02-31&track=sideways&theme=pink&lang=xx&zoom=3&main&embed=x&sync=2&from=1999&to=x&projector=yes",
        );
        assert_eq!(view, ViewParams::default());
        assert_eq!(warnings.len(), 11, "{warnings:?}");
        let (view, warnings) = parse("#main");
        assert_eq!((view, warnings.len()), (ViewParams::default(), 0));
        let (view, _) = parse("?track=bilateral&track=collective");
        assert_eq!(view.track, Some(Track::Collective), "the last value wins");
    }

    #[test]
    fn only_some_changes_make_a_history_entry() {
        let base = ViewParams::default();
        let embedded = ViewParams {
            embed: true,
            ..ViewParams::default()
        };
        let opened = ViewParams {
            item: Some("arm-frozen".into()),
            ..embedded.clone()
        };
        assert!(!is_new_view(&embedded, &opened), "never inside an article");
        let dated = ViewParams {
            date: Day::from_ymd(2000, 1, 1),
            ..base.clone()
        };
        let opened = ViewParams {
            item: Some("treaty-signed".into()),
            ..base.clone()
        };
        assert!(!is_new_view(&base, &dated));
        assert!(is_new_view(&base, &opened));
        assert!(is_new_view(&opened, &base));
    }
}
