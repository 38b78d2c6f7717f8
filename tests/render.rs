//! Components rendered natively with Yew's server renderer: what a reader (or a prerenderer)
//! gets before any script runs. Event handlers and effects do not run here; the browser tests do
//! that.
#![cfg(not(target_arch = "wasm32"))]

use csto_explorer::app::{App, AppProps};
use csto_explorer::components::assistance_chart::AssistanceChartProps;
use csto_explorer::components::detail_panel::DetailPanelProps;
use csto_explorer::components::error_panel::ErrorPanelProps;
use csto_explorer::components::roster_view::RosterViewProps;
use csto_explorer::components::{AssistanceChart, DetailPanel, ErrorPanel, RosterView};
use csto_explorer::data::{Day, Track, bundled, load};
use csto_explorer::i18n::Lang;
use csto_explorer::permalink::{ViewKind, ViewParams};
use csto_explorer::shell::{Explorer, ExplorerProps};
use csto_explorer::state::DataRef;
use yew::{Callback, LocalServerRenderer};

fn day(y: i32, m: u32, d: u32) -> Day {
    Day::from_ymd(y, m, d).unwrap()
}

fn data() -> DataRef {
    DataRef::bundled(Lang::ENGLISH).unwrap()
}

#[tokio::test(flavor = "current_thread")]
async fn the_whole_page_renders_with_every_state_and_the_chart() {
    let html = LocalServerRenderer::<App>::with_props(AppProps {
        today: Some(day(2026, 11, 26)),
        lang: Some(Lang::ENGLISH),
        ..AppProps::default()
    })
    .hydratable(false)
    .render()
    .await;
    for name in [
        "Armenia",
        "Azerbaijan",
        "Belarus",
        "Georgia",
        "Kazakhstan",
        "Kyrgyzstan",
        "Russia",
        "Tajikistan",
        "Uzbekistan",
    ] {
        assert!(
            html.contains(&format!(r#"aria-label="{name}""#)),
            "lane for {name}"
        );
    }
    for view in ["timeline", "roster", "map", "changes", "chart"] {
        assert!(
            html.contains(&format!(
                r#"data-view="{view}" class="panel view view-{view} place-page""#
            )),
            "the page composes the {view} view"
        );
    }
    assert!(html.contains(r#"role="img""#));
    assert!(html.contains(
        "On 11 Mar 2026: 6 members (1 with participation frozen), 1 suspended, 2 not a party."
    ));
    assert!(
        html.contains(r#"<main id="main""#),
        "the static page's skip link lands here"
    );
    assert!(html.contains("Facts checked to 11 Mar 2026 · dataset 1.2.0"));
    // "Cite this" lists our own corrections of this version, each record opening its detail.
    assert!(html.contains(r#"<h3 id="changelog-title">What changed in version 1.2.0</h3>"#));
    assert!(html.contains(r#"<li id="change-change-1-2-0-36" data-record="uzb-suspended">"#));
    assert!(html.contains("Web addresses found for 35 sources that had none"));
    assert!(html.contains(r#"aria-live="polite""#));
    assert!(html.contains("Corrections to the starting article"));
    assert!(html.contains("Today, 26 Nov 2026"));
    assert!(html.contains(&format!(
        "dataset version 1.2.0, facts checked to 11 Mar 2026. SHA-256 {}.",
        csto_explorer::data::BUNDLED_SHA256
    )));
    assert_eq!(
        html.matches("<h1").count(),
        0,
        "the page's h1 is in the static index.html"
    );
}

/// The explorer at `view`, rendered as the server renders it.
async fn explorer(view: ViewParams) -> String {
    LocalServerRenderer::<Explorer>::with_props(ExplorerProps {
        data: data(),
        today: day(2026, 11, 26),
        initial: view,
        then: None,
        warnings: Vec::new(),
        browser_lang: Lang::ENGLISH,
    })
    .hydratable(false)
    .render()
    .await
}

/// The part of `html` from the first `from` to the next `to` after it.
fn between<'a>(html: &'a str, from: &str, to: &str) -> &'a str {
    let start = html.find(from).unwrap_or_else(|| panic!("no {from}"));
    let rest = &html[start..];
    &rest[..rest.find(to).unwrap_or(rest.len())]
}

#[tokio::test(flavor = "current_thread")]
async fn the_timeline_alone_has_one_tab_stop_counts_every_record_and_marks_the_selection() {
    let ds = bundled().unwrap();
    let html = explorer(ViewParams {
        view: Some(ViewKind::Timeline),
        item: Some("uzb-suspended".into()),
        date: Some(day(1999, 12, 31)),
        ..ViewParams::default()
    })
    .await;
    // Alone: its title is the page's heading, with its key, source line and the way back.
    assert!(
        html.contains(
            r#"<h1 id="timeline-title" class="view-title">Membership, 1992 to today</h1>"#
        )
    );
    assert!(html.contains(r#"class="legend""#) && html.contains(r#"class="view-source""#));
    assert!(html.contains(r#"href="./?item=uzb-suspended&amp;date=1999-12-31""#));
    assert!(html.contains(r#"class="view-explorer-link""#));
    assert!(
        !html.contains(r#"data-view="chart""#),
        "the other views are left out"
    );
    let timeline = between(&html, r#"class="timeline""#, r#"class="tl-list""#);
    // Every record is a target of its own or counted in a cluster.
    let singles = timeline.matches(r#"class="tl-item tl-period"#).count()
        + timeline.matches(r#"class="tl-item tl-event"#).count();
    let clustered: usize = timeline
        .split(r#"class="tl-count""#)
        .skip(1)
        .map(|rest| {
            let count = &rest[rest.find('>').unwrap() + 1..];
            count[..count.find('<').unwrap()].parse::<usize>().unwrap()
        })
        .sum();
    assert_eq!(
        singles + clustered,
        ds.status_periods.len() + ds.events.len()
    );
    assert_eq!(
        timeline.matches(r#"tabindex="0""#).count(),
        1,
        "roving tabindex"
    );
    let selected = timeline
        .split(r#"id="tl-uzb-suspended""#)
        .nth(1)
        .unwrap()
        .split('>')
        .next()
        .unwrap();
    assert!(
        selected.contains(r#"tabindex="0""#) && selected.contains(r#"aria-current="true""#),
        "{selected}"
    );
    // Alone, the timeline marks today; the roster's date is the page's (it has the roster).
    assert!(timeline.contains("Today, 26 Nov 2026") && !timeline.contains("Roster:"));
    assert!(
        timeline.contains("status-suspended")
            && timeline.contains("status-frozen")
            && timeline.contains("status-signatory")
    );
    assert!(
        timeline.contains("tl-unverified"),
        "open periods show the unchecked tail"
    );
    // The zoom controls and presets, the chapters' spans among them.
    assert!(html.contains(r#"data-zoom="in""#) && html.contains("Since 2012"));
    assert!(
        html.contains(r#"<optgroup label="Story chapters">"#)
            && html.contains(">The split of 1999</option>")
    );
}

#[tokio::test(flavor = "current_thread")]
async fn detail_panel_shows_dates_sources_and_conflicts() {
    let props = DetailPanelProps {
        data: data(),
        selected: "uzb-out".into(),
        on_close: Callback::noop(),
    };
    let html = LocalServerRenderer::<DetailPanel>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(
        r#"<time datetime="1999-02">Feb 1999: Georgia, Azerbaijan and Uzbekistan signal"#
    ));
    assert!(html.contains(r#"<time datetime="1999-04-21">21 Apr 1999</time>"#));
    // An end is the first day after the period; its last day is named too.
    assert!(
        html.contains(r#"<time datetime="2006-08-16">16 Aug 2006 (last day 15 Aug 2006)</time>"#)
    );
    assert!(html.contains("Sources disagree"));
    assert!(html.contains(r#"href="https://issuhub.com/view/index/23326?pageIndex=599""#));
    assert!(html.contains(r#"rel="noopener noreferrer""#));
    assert!(html.contains("Confidence: high"));

    let missing = DetailPanelProps {
        data: data(),
        selected: "no-such".into(),
        on_close: Callback::noop(),
    };
    let html = LocalServerRenderer::<DetailPanel>::with_props(missing)
        .hydratable(false)
        .render()
        .await;
    assert_eq!(html, "", "an unknown id renders nothing");

    // A stated amount stands with its source's own words, in their language.
    let amount = DetailPanelProps {
        data: data(),
        selected: "rus-plan-2015".into(),
        on_close: Callback::noop(),
    };
    let html = LocalServerRenderer::<DetailPanel>::with_props(amount)
        .hydratable(false)
        .render()
        .await;
    assert!(
        html.contains("<dt>Value</dt><dd>about RUB 70 billion</dd><dt>In the source's words</dt>")
    );
    assert!(html.contains(
        r#"<q lang="ru">военно-техническую помощь в размере около 70 млрд рублей</q> (fair.ru)"#
    ));
}

#[tokio::test(flavor = "current_thread")]
async fn roster_lists_who_stood_where() {
    let props = RosterViewProps {
        data: data(),
        date: day(1999, 4, 21),
        on_select: Callback::noop(),
        heading_level: 3,
    };
    let html = LocalServerRenderer::<RosterView>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains("Member (6)"));
    assert!(html.contains("Not a party (3)"));
    assert!(!html.contains("not checked"), "{html}");
    let later = RosterViewProps {
        data: data(),
        date: day(2026, 11, 1),
        on_select: Callback::noop(),
        heading_level: 3,
    };
    let html = LocalServerRenderer::<RosterView>::with_props(later)
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains("the last day our sources were checked"));
}

#[tokio::test(flavor = "current_thread")]
async fn chart_figure_has_title_switch_table_and_hotspots() {
    let props = AssistanceChartProps {
        data: data(),
        track: Track::Bilateral,
        today: day(2026, 11, 26),
        on_track: Callback::noop(),
        on_select: Callback::noop(),
        until: None,
        highlights: vec![],
        title_id: "chart-title".into(),
        programme: true,
    };
    let html = LocalServerRenderer::<AssistanceChart>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(r#"data-track="bilateral" aria-pressed="true""#));
    assert!(html.contains(r#"data-track="collective" aria-pressed="false""#));
    assert!(
        html.contains(r#"<table role="table">"#)
            && html
                .contains("<caption>Bilateral aid: every pledge and reported delivery</caption>")
    );
    let ds = bundled().unwrap();
    let bilateral = ds
        .assistance
        .iter()
        .filter(|r| r.track == Track::Bilateral)
        .count();
    assert_eq!(html.matches(r#"class="hotspot""#).count(), bilateral);
    assert_eq!(
        html.matches(r#"<tr role="row" data-id="#).count(),
        bilateral
    );
    assert!(html.contains("USD 122 million"));
    assert!(
        !html.contains("Targeted Interstate Programme for"),
        "the programme block is on the collective track"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_broken_dataset_shows_its_problems() {
    let errors = load(
        "broken.json",
        r#"{"schema_version": 1, "states": [{"id": "ARM", "name": "Armenia", "x": 1}]}"#,
    )
    .unwrap_err();
    let html = LocalServerRenderer::<ErrorPanel>::with_props(ErrorPanelProps {
        errors,
        lang: Lang::ENGLISH,
    })
    .hydratable(false)
    .render()
    .await;
    assert!(html.contains(r#"role="alert""#));
    assert!(
        html.contains("broken.json: record &#39;ARM&#39;, field &#39;x&#39;")
            || html.contains("broken.json: record 'ARM', field 'x'"),
        "{html}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn the_russian_page_reads_in_russian() {
    let ru = Lang::from_code("ru").unwrap();
    let html = LocalServerRenderer::<App>::with_props(AppProps {
        today: Some(day(2026, 11, 26)),
        lang: Some(ru),
        ..AppProps::default()
    })
    .hydratable(false)
    .render()
    .await;
    for expected in [
        r#"aria-label="Узбекистан""#,
        "На 11 марта 2026 г.: 6 членов (участие заморожено: 1), членство приостановлено: 1, не участвуют: 2.",
        "Факты проверены на 11 марта 2026 г.",
        "Исправления к исходной статье",
        "Сегодня, 26 ноября 2026 г.",
    ] {
        assert!(html.contains(expected), "{expected}");
    }
    // The switcher names each language in itself, marked with its language for screen readers.
    assert!(html.contains(r#"lang="ru""#) && html.contains("Русский"));
    assert!(html.contains(r#"lang="en""#) && html.contains("English"));
    assert!(
        !html.contains("г.."),
        "a sentence ending in a Russian date gets one full stop"
    );
    // Citations stay as published, marked with their own language for screen readers.
    assert!(
        html.contains(
            r#"<span lang="en">[Semerikov becomes acting CSTO Secretary-General]</span>"#
        )
    );
    for english in [
        "Corrections to the starting article",
        "Roster date",
        "Facts checked",
    ] {
        assert!(!html.contains(english), "{english} left in English");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_chapter_is_a_slide_with_progress_text_sources_controls_and_its_visual() {
    let html = explorer(ViewParams {
        chapter: Some("chapter-1999".into()),
        reveal: true,
        ..ViewParams::default()
    })
    .await;
    assert!(html.contains("Chapter 3 of 10"), "{html}");
    assert!(html.contains(r#"<h1 id="story-title" tabindex="-1">The split of 1999</h1>"#));
    assert!(html.contains(r#"data-testid="story-reveal" aria-pressed="true""#));
    assert_eq!(html.matches("story-dot done").count(), 3);
    assert!(html.contains("Sources (3)"));
    let sources = between(&html, r#"class="story-sources""#, "</details>");
    assert!(sources.matches("<a ").count() >= 3, "each source is a link");
    // The chapter's visual: the timeline at its span, and nothing else of the page.
    let visual = between(&html, r#"class="slide-visual""#, "</section>");
    assert!(visual.contains(r#"data-view="timeline""#));
    assert!(
        visual.contains(r#"selected="selected">The split of 1999</option>"#),
        "the window is the chapter's span"
    );
    assert!(!html.contains(r#"data-view="chart""#) && !html.contains(r#"class="panel cite""#));
    // The Sochi chapter shows the chart, the last the map.
    let sochi = explorer(ViewParams {
        chapter: Some("chapter-sochi".into()),
        ..ViewParams::default()
    })
    .await;
    assert!(
        between(&sochi, r#"class="slide-visual""#, "</section>").contains(r#"data-view="chart""#)
    );
    let now = explorer(ViewParams {
        chapter: Some("chapter-now".into()),
        ..ViewParams::default()
    })
    .await;
    assert!(between(&now, r#"class="slide-visual""#, "</section>").contains(r#"data-view="map""#));
}

#[tokio::test(flavor = "current_thread")]
async fn predict_and_reveal_leaves_later_aid_off_the_chart() {
    let props = AssistanceChartProps {
        data: data(),
        track: Track::Collective,
        today: day(2026, 11, 26),
        on_track: Callback::noop(),
        on_select: Callback::noop(),
        until: Some(day(2013, 12, 31)),
        highlights: vec!["sochi-pledge".into()],
        title_id: "chart-title".into(),
        programme: true,
    };
    let html = LocalServerRenderer::<AssistanceChart>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(r#"id="mark-sochi-pledge""#));
    assert!(html.contains(r#"class="hotspot is-highlighted""#));
    assert!(
        !html.contains(r#"id="mark-arm-trucks-2017""#),
        "2017 is after the chapter"
    );
    assert!(
        !html.contains("Targeted Interstate Programme"),
        "the 2024 programme is not yet"
    );
}

/// The page the build prerenders (src/bin/prerender.rs) is the same every time for the same
/// day, and `#app` records what it rendered so the browser can hydrate exactly that.
#[tokio::test(flavor = "current_thread")]
async fn the_prerendered_first_view_is_deterministic_and_says_what_it_is() {
    use csto_explorer::app::Prerendered;
    let render = |view: ViewParams| async move {
        let prerendered = Prerendered {
            view,
            today: day(2026, 11, 27),
        };
        LocalServerRenderer::<App>::with_props(AppProps {
            today: Some(prerendered.today),
            lang: None,
            prerendered: Some(prerendered),
            ..AppProps::default()
        })
        .hydratable(true)
        .render()
        .await
    };
    let first = render(ViewParams::default()).await;
    assert_eq!(first, render(ViewParams::default()).await);
    // Hydration markers, without the components' type names (vendor/yew/PATCH.md).
    assert!(first.contains("<!--<[]>-->") && first.contains("<!--</[]>-->"));
    assert!(!first.contains("csto_explorer::"));
    assert!(first.contains(r#"id="tl-uzb-suspended""#));
    assert!(first.contains("Today, 27 Nov 2026"));
    let embed = ViewParams {
        embed: true,
        ..ViewParams::default()
    };
    assert!(render(embed.clone()).await.contains(r#"class="embed-bar""#));

    let marked = Prerendered {
        view: embed,
        today: day(2026, 11, 27),
    };
    assert_eq!(
        marked.attributes(),
        r#"data-prerendered="embed=1" data-today="2026-11-27""#
    );
    assert_eq!(
        Prerendered::from_attributes(Some("embed=1"), Some("2026-11-27")),
        Some(marked)
    );
    assert_eq!(Prerendered::from_attributes(Some("embed=1"), None), None);
    assert_eq!(
        Prerendered::from_attributes(Some("item=<x>"), Some("2026-11-27")),
        None
    );
}
