//! A dataset whose every text is an XSS payload (`tests/fixtures/custom/xss.json`: script tags,
//! event handlers, `javascript:` and `data:` links, SVG payloads, broken entities) is valid data,
//! and renders as inert text everywhere: the server-rendered page (text and tooltips), the detail
//! panel, the plotters chart, and the exported SVG pictures. The browser side is checked end to
//! end in `tests/e2e/hostile.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

use csto_explorer::chart::{spec, svg};
use csto_explorer::data::{Day, Track, load_custom};
use csto_explorer::export;
use csto_explorer::i18n::Lang;
use csto_explorer::model::timeline;
use csto_explorer::permalink::ViewParams;
use csto_explorer::shell::{Explorer, ExplorerProps};
use csto_explorer::state::DataRef;
use yew::LocalServerRenderer;

const XSS: &str = include_str!("fixtures/custom/xss.json");

/// What each payload would look like had it reached the markup unescaped.
const LIVE_MARKUP: &[&str] = &[
    "<script>window.__xss",
    "<script>alert",
    "<img src=x",
    "<svg onload",
    "<iframe",
    "\"><iframe",
    "'><a href",
    "<a href=\"javascript:",
    "<a href=\"data:",
    "<style>body",
    "<link rel=stylesheet",
    "<math>",
    "<foreignObject>",
    "<use href=\"https://evil",
    "<input autofocus",
    "<details open",
    "<!--<script>",
    "]]>",
];

fn today() -> Day {
    Day::from_ymd(2026, 11, 26).unwrap()
}

fn data(lang: Lang) -> DataRef {
    let ds = load_custom("xss.json", XSS).expect("the XSS corpus is a valid dataset");
    DataRef::custom(ds, lang, "xss.json".into(), None)
}

#[track_caller]
fn assert_inert(what: &str, markup: &str) {
    for live in LIVE_MARKUP {
        assert!(
            !markup.contains(live),
            "{what}: a payload reached the markup unescaped: {live:?}"
        );
    }
}

/// The `href` of every real `<a>` tag. Text cannot hold a raw `<`, and attribute values cannot
/// hold a raw `"`, so reading attributes from each `<a ` is exact for the renderer's output.
fn link_targets(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tag in html.split("<a ").skip(1) {
        let mut rest = tag;
        loop {
            rest = rest.trim_start();
            if rest.starts_with('>') || rest.is_empty() {
                break;
            }
            let key_end = rest.find(['=', ' ', '>']).unwrap_or(rest.len());
            let key = &rest[..key_end];
            rest = &rest[key_end..];
            if let Some(value) = rest.strip_prefix("=\"") {
                let end = value.find('"').unwrap_or(value.len());
                if key == "href" {
                    out.push(value[..end].to_owned());
                }
                rest = &value[(end + 1).min(value.len())..];
            }
        }
    }
    out
}

async fn page(view: ViewParams, lang: Lang) -> String {
    LocalServerRenderer::<Explorer>::with_props(ExplorerProps {
        data: data(lang),
        today: today(),
        initial: view,
        then: None,
        warnings: Vec::new(),
        browser_lang: lang,
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test(flavor = "current_thread")]
async fn every_payload_renders_as_text_in_the_page_and_its_tooltips() {
    for lang in [Lang::ENGLISH, Lang::from_code("ru").unwrap()] {
        let html = page(ViewParams::default(), lang).await;
        assert_inert("page", &html);
        // The payloads are there, as text.
        assert!(html.contains("&lt;script&gt;window.__xss=1;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;img src=x onerror="));
        // Nothing from the file became a link to anything but the web.
        let targets = link_targets(&html);
        // The sources are linked (their addresses are http(s)), so the scan sees real links.
        assert!(targets.iter().any(|t| t.starts_with("https://")));
        for target in targets {
            let scheme = target.split(['/', '?', '#']).next().unwrap_or("");
            assert!(
                target.starts_with("http://")
                    || target.starts_with("https://")
                    || !scheme.contains(':'),
                "a link to {target:?}"
            );
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn an_open_record_and_a_story_free_page_stay_inert() {
    for item in [
        "aslov-2015",
        "rus-delivery-2017",
        "kaz-party",
        "targeted-programme",
    ] {
        let html = page(
            ViewParams {
                item: Some(item.into()),
                track: Some(Track::Bilateral),
                ..ViewParams::default()
            },
            Lang::ENGLISH,
        )
        .await;
        assert!(html.contains("detail-panel"), "{item} opens");
        assert_inert(item, &html);
    }
}

#[test]
fn the_chart_and_the_exported_pictures_are_inert() {
    let data = data(Lang::ENGLISH);
    for track in [Track::Collective, Track::Bilateral] {
        let spec = spec::build(&data.ds, data.lang, track, today());
        let (chart, _) = svg::render_with_positions(&spec).unwrap();
        assert_inert("chart", &chart);
        let framed =
            export::chart_svg(&data.ds, data.lang, &spec, 800, Some("https://x/")).unwrap();
        assert_inert("chart export", &framed.svg);
        // Credited to the file's own title, not to our dataset.
        assert!(framed.svg.contains("loaded into the CSTO explorer"));
    }
    let layout = timeline::layout(&data.ds, data.lang, today());
    let framed = export::timeline_svg(&data.ds, data.lang, &layout, today(), 1000, None);
    assert_inert("timeline export", &framed.svg);
}
