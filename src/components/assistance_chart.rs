//! Pledged versus delivered aid for Tajikistan's border, per donor and over time: the plotters SVG
//! drawn for the width it has and inlined with the track switch (the view frame around it gives
//! the title, key and source line); a focusable hotspot per mark; pointer positions mapped back through the chart's scales to the
//! mark under them; the other track drawn ahead and kept hidden; and the same numbers as a
//! table.

use std::rc::Rc;

use yew::prelude::*;

use super::source_link;
use crate::chart::render_svg;
use crate::chart::spec::{self, ChartSpec};
use crate::chart::svg::ChartError;
use crate::data::{Day, Track};
use crate::i18n::Key;
use crate::model::assistance::{self, value_text};
use crate::state::DataRef;
use crate::web;

#[derive(Properties, PartialEq)]
pub struct AssistanceChartProps {
    pub data: DataRef,
    pub track: Track,
    pub today: Day,
    pub on_track: Callback<Track>,
    pub on_select: Callback<String>,
    /// Predict-and-reveal: nothing after this day is drawn or listed.
    #[prop_or_default]
    pub until: Option<Day>,
    /// Records the story's chapter points at, drawn highlighted.
    #[prop_or_default]
    pub highlights: Vec<String>,
    /// The id of the heading that names the chart (its view's title).
    pub title_id: AttrValue,
    /// Shows the 2024 programme under the collective track (the page does; a single graphic
    /// does not).
    #[prop_or_default]
    pub programme: bool,
}

/// The chart's key: CSS class of the swatch, and its words.
const LEGEND: [(&str, Key); 5] = [
    ("key-pledge", Key::LegendPledge),
    ("key-pledge-open", Key::LegendPledgeOpen),
    ("key-delivery", Key::LegendDelivery),
    ("key-none", Key::LegendNone),
    ("key-deadline", Key::LegendDeadline),
];

const COLUMNS: [Key; 7] = [
    Key::ColumnDonor,
    Key::ColumnDate,
    Key::ColumnKind,
    Key::ColumnValue,
    Key::ColumnRecipient,
    Key::ColumnConfidence,
    Key::ColumnSource,
];

fn pct(part: f64, whole: u32) -> String {
    crate::model::format::css_percent(part / f64::from(whole) * 100.0)
}

/// What a drawn chart depends on: the data, the track, today, predict-and-reveal's cut and the
/// width it is drawn at.
type DrawKey = (DataRef, Track, Day, Option<Day>, u32);
/// A chart's spec (marks, scales) and its SVG.
type Chart = (Rc<ChartSpec>, Rc<Result<String, ChartError>>);
/// A drawn chart, by what it depends on.
type Drawn = (DrawKey, Chart);

/// What a drawn chart depends on, as text: written on its track in the page, so hydration can
/// tell that the chart already there is the one this render would draw. A reader's own data
/// has none (it is never prerendered).
fn key_text((d, track, today, until, width): &DrawKey) -> Option<String> {
    d.custom.is_none().then(|| {
        let until = until.map(Day::iso).unwrap_or_default();
        format!(
            "{} {} {} {until} {width}",
            d.lang.code(),
            track.key(),
            today.iso()
        )
    })
}

/// The chart for `key` if `cache` has it.
fn cached(cache: &[Drawn], key: &DrawKey) -> Option<Chart> {
    cache
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, chart)| chart.clone())
}

/// The chart for `key`, from `cache` or made now and kept (the last few only). `in_page` gives
/// the same chart's SVG as the page already shows it, if it does: that is taken instead of
/// drawing it again. Charts of other data go, so a replaced dataset is not kept alive here.
fn drawn(cache: &mut Vec<Drawn>, key: DrawKey, in_page: impl FnOnce() -> Option<String>) -> Chart {
    if let Some(found) = cached(cache, &key) {
        return found;
    }
    cache.retain(|(k, _)| k.0 == key.0);
    let (d, track, today, until, width) = &key;
    let whole = spec::build_at(&d.ds, d.lang, *track, *today, *width);
    let spec = Rc::new(match until {
        Some(day) => whole.until(*day),
        None => whole,
    });
    let svg = Rc::new(in_page().map_or_else(|| render_svg(&spec), Ok));
    if cache.len() >= 4 {
        cache.remove(0);
    }
    cache.push((key, (spec.clone(), svg.clone())));
    (spec, svg)
}

#[derive(Properties)]
struct CanvasProps {
    spec: Rc<ChartSpec>,
    svg: Rc<Result<String, ChartError>>,
    highlights: Vec<String>,
    on_select: Callback<String>,
}

impl PartialEq for CanvasProps {
    fn eq(&self, other: &Self) -> bool {
        // A drawn chart is kept as the same allocation (see `drawn`).
        Rc::ptr_eq(&self.spec, &other.spec)
            && Rc::ptr_eq(&self.svg, &other.svg)
            && (&self.highlights, &self.on_select) == (&other.highlights, &other.on_select)
    }
}

/// One track's chart: its SVG, a focusable hotspot per mark, the tooltip, and pointer positions
/// mapped back through the chart's scales to the mark under them.
#[component]
fn Canvas(props: &CanvasProps) -> Html {
    let spec = props.spec.clone();
    let hovered = use_state_eq(|| None::<String>);
    let canvas_ref = use_node_ref();

    // Callbacks
    let hit = {
        let spec = spec.clone();
        let canvas_ref = canvas_ref.clone();
        move |e: &MouseEvent| -> Option<String> {
            let (x, y) = web::pointer_in(
                e,
                &canvas_ref,
                (f64::from(spec.width_px), f64::from(spec.height_px)),
            )?;
            spec.mark_at(x, y).map(|m| m.record_id.clone())
        }
    };
    let onpointermove = {
        let hovered = hovered.clone();
        let hit = hit.clone();
        Callback::from(move |e: PointerEvent| hovered.set(hit(&e)))
    };
    let onpointerleave = {
        let hovered = hovered.clone();
        Callback::from(move |_: PointerEvent| hovered.set(None))
    };
    let onclick = {
        let on_select = props.on_select.clone();
        let hovered = hovered.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = hit(&e) {
                hovered.set(Some(id.clone()));
                on_select.emit(id);
            }
        })
    };

    let body = match props.svg.as_ref() {
        Ok(svg) => Html::from_html_unchecked(AttrValue::from(svg.clone())),
        Err(e) => html! { <p role="alert">{ e.to_string() }</p> },
    };

    let hotspots = spec.marks.iter().map(|m| {
        let id = m.record_id.clone();
        let onfocus = {
            let hovered = hovered.clone();
            let id = id.clone();
            Callback::from(move |_: FocusEvent| hovered.set(Some(id.clone())))
        };
        let onblur = {
            let hovered = hovered.clone();
            Callback::from(move |_: FocusEvent| hovered.set(None))
        };
        let onclick = {
            let on_select = props.on_select.clone();
            let id = id.clone();
            Callback::from(move |e: MouseEvent| {
                // Keyboard activation: the canvas's pointer handler must not see this click.
                e.stop_propagation();
                on_select.emit(id.clone());
            })
        };
        html! {
            <button type="button" class={classes!("hotspot", props.highlights.contains(&id).then_some("is-highlighted"))} data-id={id.clone()}
                style={format!("left:{};top:{}", pct(m.x_px, spec.width_px), pct(m.y_px, spec.height_px))}
                id={format!("mark-{}", m.record_id)} aria-label={m.description.clone()} {onfocus} {onblur} {onclick}></button>
        }
    });

    let tooltip = hovered
        .as_ref()
        .and_then(|id| spec.marks.iter().find(|m| &m.record_id == id))
        .map(|m| {
            let flip = m.x_px > f64::from(spec.width_px) * 0.6;
            let vertical = if m.y_px > f64::from(spec.height_px) * 0.5 {
                "chart-tip-up"
            } else {
                "chart-tip-down"
            };
            html! {
                <div class={classes!("chart-tip", flip.then_some("chart-tip-left"), vertical)} aria-hidden="true"
                    style={format!("left:{};top:{}", pct(m.x_px, spec.width_px), pct(m.y_px, spec.height_px))}>
                    { &m.description }
                </div>
            }
        })
        .unwrap_or_default();

    html! {
        <div class="chart-canvas" ref={canvas_ref} {onpointermove} {onpointerleave} {onclick}>
            { body }
            <div class="chart-hotspots">{ for hotspots }</div>
            { tooltip }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TrackTableProps {
    data: DataRef,
    track: Track,
    until: Option<Day>,
    on_select: Callback<String>,
}

/// One track's numbers as a table: every pledge and delivery, with its source.
#[component]
fn TrackTable(props: &TrackTableProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    let rows = assistance::rows(ds, lang, props.track);
    let table_rows = rows.iter().flat_map(|row| {
        row.pledges
            .iter()
            .chain(row.deliveries.iter())
            .map(move |r| (row, *r))
            .filter(|(_, r)| props.until.is_none_or(|u| r.date.first_day() <= u))
    });
    html! {
        // Explicit roles: on a narrow column the rows are laid out as cards (see the
        // stylesheet), and a table styled so keeps its semantics only through them.
        <table role="table">
            <caption>{ lang.fill(Key::TableCaption, &[("track", lang.track(props.track))]) }</caption>
            <thead role="rowgroup"><tr role="row">
                { for COLUMNS.iter().map(|h| html! { <th scope="col" role="columnheader">{ lang.t(*h) }</th> }) }
            </tr></thead>
            <tbody role="rowgroup">
                { for table_rows.map(|(row, r)| {
                    let kind = lang.aid_kind(r.kind);
                    let on_select = props.on_select.clone();
                    let id = r.id.clone();
                    let label = |column: usize| lang.t(COLUMNS[column]);
                    html! {
                        <tr role="row" data-id={r.id.clone()}>
                            <th scope="row" role="rowheader">{ &row.name }</th>
                            <td role="cell" data-label={label(1)}><time datetime={r.date.iso()}>{ lang.date(r.date) }</time></td>
                            <td role="cell" data-label={label(2)}><button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| on_select.emit(id.clone()))}>{ kind }</button></td>
                            <td role="cell" data-label={label(3)}>{ value_text(lang, r) }
                                if let Some(w) = &r.value.wording {
                                    <br /><q class="source-words" lang={w.lang.clone()}>{ &w.text }</q>
                                }
                            </td>
                            <td role="cell" data-label={label(4)}>{ lang.recipient(r.recipient) }</td>
                            <td role="cell" data-label={label(5)}>{ lang.confidence(r.confidence) }</td>
                            <td role="cell" data-label={label(6)}>{ r.sources.first().and_then(|s| ds.source(s)).map(|s| source_link(lang, s)).unwrap_or_default() }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

/// The chart's key, as a list: its shapes and, on the collective track, the 2013 deadline.
pub fn chart_legend(lang: crate::i18n::Lang, track: Track) -> Html {
    html! {
        <ul class="chart-legend" aria-label={lang.t(Key::ChartKey)}>
            { for LEGEND.iter().filter(|(key, _)| *key != "key-deadline" || track == Track::Collective).map(|(key, label)| html! {
                <li><span class={classes!("key", *key)} aria-hidden="true"></span>{ lang.t(*label) }</li>
            }) }
        </ul>
    }
}

/// The width the page is prerendered with: the chart's column in a 1280-px window, the
/// commonest desktop, where hydrating then changes nothing; other widths redraw once measured.
const PRERENDER_WIDTH_PX: u32 = 840;

/// The width the chart is drawn at for a column `column_px` wide: whole tens of pixels, so
/// resizing a window redraws it now and then, not at every pixel.
fn drawing_width(column_px: f64) -> u32 {
    if column_px.is_finite() && column_px > 0.0 {
        ((column_px / 10.0).floor() as u32 * 10).max(spec::MIN_WIDTH_PX)
    } else {
        PRERENDER_WIDTH_PX
    }
}

#[component]
pub fn AssistanceChart(props: &AssistanceChartProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    // Drawn for the width it has: the first render at the prerendered width, then at the
    // column's own.
    let width = use_state_eq(|| PRERENDER_WIDTH_PX);
    let column = use_node_ref();
    {
        let (width, column) = (width.clone(), column.clone());
        use_effect_with((), move |_| {
            let observer = crate::web::view::observe_widths(&column, &column, move |w, _| {
                width.set(drawing_width(w))
            });
            move || {
                let _observer = observer;
            }
        });
    }
    // Each drawn chart is kept, so switching back to a track shows it again without drawing
    // it anew; the other track is drawn ahead once the page is idle, and from then on waits
    // in the page, hidden, so a switch parses no SVG.
    let cache = use_mut_ref(Vec::<Drawn>::new);
    let key = (
        props.data.clone(),
        props.track,
        props.today,
        props.until,
        *width,
    );
    // Hydrating, the chart in the prerendered page is taken as it is when it is this key's, not
    // drawn again (that was a third of this section's hydration task).
    let in_page = || key_text(&key).and_then(|text| web::prerendered_chart_svg(&text));
    let (spec, svg) = drawn(&mut cache.borrow_mut(), key.clone(), in_page);
    let other = match props.track {
        Track::Collective => Track::Bilateral,
        Track::Bilateral => Track::Collective,
    };
    let ahead = (props.data.clone(), other, props.today, props.until, *width);
    let waiting = cached(&cache.borrow(), &ahead);
    {
        let cache = cache.clone();
        let redraw = use_force_update();
        use_effect_with(ahead.clone(), move |ahead| {
            let ahead = ahead.clone();
            let timer = web::after_live(400, move || {
                if cached(&cache.borrow(), &ahead).is_none() {
                    // Drawn in this task, put in the page in the next: one long task would
                    // hold a slow phone for some 50 ms.
                    drawn(&mut cache.borrow_mut(), ahead, || None);
                    web::in_next_task(move || redraw.force_update());
                }
            });
            // Dropping the pending timer cancels it.
            move || {
                let _timer = timer;
            }
        });
    }
    // The shown track first, so the page's first chart is the one on screen. `hidden` sits
    // on a wrapper, so a switch changes that one attribute and renders neither canvas again.
    let waiting_track = waiting.is_some();
    let canvases = std::iter::once((key, spec.clone(), svg, true))
        .chain(waiting.map(|(spec, svg)| (ahead, spec, svg, false)))
        .map(|(key, spec, svg, shown)| {
            html! {
                <div class="chart-track" key={key.1.key()} hidden={!shown} data-chart={key_text(&key)}>
                    <Canvas {spec} {svg} highlights={props.highlights.clone()} on_select={props.on_select.clone()} />
                </div>
            }
        });
    // The same numbers as a table, per track the same way.
    let tables = std::iter::once((props.track, true))
        .chain(waiting_track.then_some((other, false)))
        .map(|(track, shown)| {
            html! {
                <div class="chart-track" key={track.key()} hidden={!shown}>
                    <TrackTable data={props.data.clone()} {track} until={props.until} on_select={props.on_select.clone()} />
                </div>
            }
        });

    let switch = Track::ALL.iter().map(|t| {
        let on_track = props.on_track.clone();
        let track = *t;
        html! {
            <button type="button" class="segment" data-track={t.key()} aria-pressed={(props.track == track).to_string()}
                onclick={Callback::from(move |_: MouseEvent| on_track.emit(track))}>{ lang.track(track) }</button>
        }
    });

    let programme = &ds.programme;
    html! {
        <div class="chart" data-track={props.track.key()}>
            <div class="segmented" role="group" aria-label={lang.t(Key::TrackSwitchLabel)}>{ for switch }</div>
            // With no mark to focus (predict-and-reveal before any aid), the scroller itself takes
            // focus, so a keyboard can still scroll it on a narrow screen.
            <div class="chart-scroll" ref={column} tabindex={spec.marks.is_empty().then_some("0")}
                role={spec.marks.is_empty().then_some("region")} aria-labelledby={spec.marks.is_empty().then_some(props.title_id.clone())}>
                { for canvases }
            </div>
            <details class="chart-table">
                <summary>{ lang.t(Key::TableSummary) }</summary>
                <p class="units">{ lang.t(Key::Units) }</p>
                <div class="table-scroll">
                { for tables }
                </div>
            </details>
            if props.programme && props.track == Track::Collective && props.until.is_none_or(|u| programme.approved.first_day() <= u) {
                <div class="programme">
                    <h3>{ &programme.title }</h3>
                    <p>{ lang.fill(Key::ProgrammeLine, &[
                            ("date", &lang.date(programme.approved)),
                            ("from", &programme.runs_from.year.to_string()),
                            ("to", &programme.runs_to.year.to_string()),
                            ("stages", &lang.integer(programme.stages.len() as u64)),
                        ]) }
                       <strong>{ lang.fill(Key::ProgrammeStatus, &[("date", &lang.date(programme.status.date))]) }</strong>{ &programme.status.text }</p>
                    <ol class="stages">
                        { for programme.stages.iter().map(|s| html! {
                            <li><strong>{ format!("{} ({}): ", s.title, s.years()) }</strong>{ &s.description }</li>
                        }) }
                    </ol>
                    <button type="button" class="link-button" onclick={{ let on_select = props.on_select.clone(); let id = programme.id.clone(); Callback::from(move |_: MouseEvent| on_select.emit(id.clone())) }}>
                        { lang.t(Key::ProgrammeDetails) }
                    </button>
                </div>
            }
        </div>
    }
}
