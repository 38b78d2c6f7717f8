//! The explorer's five graphics as self-contained views: each has its title and one-line
//! subtitle, its key, the graphic, a source line (records, publishers, dataset version, date
//! checked) and, shown alone, a link that opens the same view in the full explorer. The page
//! composes all five; `?view=` and embeds show one; a story slide shows one beside its text.
//! Each view keeps its own small state (the timeline its window and width).

use std::rc::Rc;

use yew::prelude::*;

use super::Actions;
use crate::components::assistance_chart::chart_legend;
use crate::components::timeline::{Gesture, Zoom};
use crate::components::{
    AssistanceChart, ChangesPanel, DateControl, RegionMap, RosterView, StatusLegend, Timeline,
    TimelineList,
};
use crate::data::{Day, Track};
use crate::i18n::Key;
use crate::model::coverage;
use crate::model::timeline::TimelineLayout;
use crate::model::window::{self, Window};
use crate::permalink::ViewKind;
use crate::state::DataRef;

/// Where a view is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// On the explorer's page, among the others.
    Page,
    /// Alone (`?view=`, or embedded in an article): with a link to the full explorer.
    Alone,
    /// Beside a story chapter's text: title and graphic only.
    Slide,
}

impl Place {
    /// What the explorer shows for `state`: a story's slide, one view alone, or the page. Built
    /// without the `full` feature it shows one view alone, always.
    pub fn of(state: &crate::state::AppState) -> Place {
        match (state.chapter, state.view) {
            (Some(_), _) if super::FULL => Place::Slide,
            (None, None) if super::FULL => Place::Page,
            _ => Place::Alone,
        }
    }

    /// As the stylesheet and `<html data-layout>` name it.
    pub fn key(self) -> &'static str {
        match self {
            Place::Page => "page",
            Place::Alone => "alone",
            Place::Slide => "slide",
        }
    }

    /// Ids of the page's headings; a slide's carry a prefix of their own.
    fn title_id(self, kind: ViewKind) -> String {
        match self {
            Place::Slide => format!("slide-{}-title", kind.key()),
            _ => format!("{}-title", kind.key()),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub kind: ViewKind,
    pub data: DataRef,
    pub place: Place,
    pub title: AttrValue,
    pub subtitle: AttrValue,
    /// The key to the graphic's marks.
    #[prop_or_default]
    pub legend: Html,
    pub children: Html,
    /// Where "open this in the full explorer" goes (alone only).
    #[prop_or_default]
    pub explorer_link: Option<AttrValue>,
}

/// A view's frame: heading, subtitle and key above the graphic, the source line below.
#[component]
pub fn ViewFrame(props: &FrameProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    let title_id = props.place.title_id(props.kind);
    let counted = coverage::of_view(ds, props.kind);
    let slide = props.place == Place::Slide;
    html! {
        <section class={classes!("panel", "view", format!("view-{}", props.kind.key()), format!("place-{}", props.place.key()))}
            aria-labelledby={title_id.clone()} data-view={props.kind.key()}>
            // Alone, the view is the page: its title is the page's heading.
            if props.place == Place::Alone {
                <h1 id={title_id} class="view-title">{ props.title.clone() }</h1>
            } else {
                <h2 id={title_id} class="view-title">{ props.title.clone() }</h2>
            }
            if !slide {
                <p class="view-subtitle">{ props.subtitle.clone() }</p>
            }
            { props.legend.clone() }
            { props.children.clone() }
            if !slide {
                <p class="view-source">
                    { lang.fill(Key::ViewSourceLine, &[
                        ("records", &lang.integer(counted.records as u64)),
                        ("publishers", &lang.integer(counted.publishers as u64)),
                        ("version", &ds.dataset_version),
                        ("date", &lang.date(ds.as_of)),
                    ]) }
                    if let Some(href) = &props.explorer_link {
                        { " · " }
                        <a class="view-explorer-link" href={href.clone()} target="_blank" rel="noopener">
                            { lang.t(Key::ViewInExplorer) }<span class="visually-hidden">{ lang.t(Key::OpensNewTab) }</span>
                        </a>
                    }
                </p>
            }
        </section>
    }
}

/// A window's width below which the timeline is a phone's: it opens on recent years and its
/// lanes carry codes. The stylesheet's container query uses the same width.
pub const PHONE_BELOW_PX: f64 = 480.0;
/// The drawing's width assumed before it is measured, as the page is prerendered: a lane's
/// column in a 1280-px window, the commonest desktop, where hydrating then changes nothing.
const ASSUMED_COLUMN_PX: f64 = 726.0;
/// The year the phone's and "Since …" windows start.
const RECENT_FROM_YEAR: i32 = 2012;

#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    pub data: DataRef,
    pub place: Place,
    pub layout: Rc<TimelineLayout>,
    pub date: Day,
    pub selected: Option<String>,
    pub highlights: Vec<String>,
    /// The window a reader chose (in the address); `None` for the default.
    pub window: Option<Window>,
    /// A slide's window (its chapter's span), instead of the screen's default.
    #[prop_or_default]
    pub default_window: Option<Window>,
    /// Predict-and-reveal's cut, for the list.
    #[prop_or_default]
    pub until: Option<Day>,
    pub actions: Actions,
    #[prop_or_default]
    pub explorer_link: Option<AttrValue>,
}

/// The default windows: the whole story on a wide screen, recent years on a phone.
fn default_windows(domain: Window) -> (Window, Window) {
    let recent = Day::from_ymd(RECENT_FROM_YEAR, 1, 1)
        .filter(|d| domain.contains(*d))
        .map_or(domain, |from| Window::new(from, domain.to));
    (domain, recent)
}

/// The timeline view: zoom buttons and presets, the timeline, and (on the page or alone) the
/// timeline as a list.
#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    let layout = props.layout.clone();
    let domain = {
        let (from, to) = layout.scale.domain();
        Window::new(from, to)
    };
    let (wide, phone) = default_windows(domain);
    // Measured once mounted: the whole timeline's width decides phone or not, one lane's
    // drawing column the pixel widths.
    let widths = use_state_eq(|| (f64::INFINITY, ASSUMED_COLUMN_PX));
    let (outer_ref, column_ref) = (use_node_ref(), use_node_ref());
    {
        let (widths, outer_ref, column_ref) =
            (widths.clone(), outer_ref.clone(), column_ref.clone());
        use_effect_with((), move |_| {
            let observer =
                crate::web::view::observe_widths(&outer_ref, &column_ref, move |outer, column| {
                    widths.set((outer, column));
                });
            move || {
                let _observer = observer;
            }
        });
    }
    let is_phone = widths.0 < PHONE_BELOW_PX;
    let default = props
        .default_window
        .unwrap_or(if is_phone { phone } else { wide });
    // While a hand pans or pinches, the window follows it here; it is kept when the hand lets go.
    let moving = use_state_eq(|| None::<(Window, Window)>);
    let settled = props.window.unwrap_or(default);
    let window = moving.map_or(settled, |(_, now)| now);
    // The roster's line belongs with the roster: on the page, where the roster is beside it.
    let date = (props.place == Place::Page).then_some(props.date);
    let view = use_memo(
        (layout.clone(), window, widths.1.round() as i32, date, lang),
        |(layout, window, width, date, lang)| {
            layout.in_window(*lang, *window, f64::from(*width), *date)
        },
    );
    let on_gesture = {
        let moving = moving.clone();
        let on_window = props.actions.window.clone();
        use_callback(
            (settled, domain),
            move |gesture: Gesture, (settled, domain)| {
                let start = moving.map_or(*settled, |(start, _)| start);
                let now = moving.map_or(*settled, |(_, now)| now);
                match gesture {
                    Gesture::Pan(fraction) => {
                        moving.set(Some((start, start.panned(fraction, *domain))))
                    }
                    Gesture::Zoom(factor, anchor) => {
                        // A pinch is relative to where it started; a key or wheel step to now.
                        moving.set(Some((start, now.zoomed(factor, anchor, *domain))))
                    }
                    Gesture::End => {
                        if now != *settled {
                            on_window.emit(Some(now));
                        }
                        moving.set(None);
                    }
                    Gesture::Show(day) => {
                        let shown = settled.showing(day, *domain);
                        if shown != *settled {
                            on_window.emit(Some(shown));
                        }
                    }
                }
            },
        )
    };
    let zoom = Zoom {
        wide: (props.default_window.unwrap_or(wide)).css_zoom(domain),
        phone: (props.default_window.unwrap_or(phone)).css_zoom(domain),
        set: (props.window.is_some() || moving.is_some()).then(|| window.css_zoom(domain)),
    };
    let controls = zoom_controls(props, domain, window, &on_gesture);
    let timeline = html! {
        <>
            { controls }
            <Timeline {lang} layout={layout.clone()} view={view.clone()} {zoom} short_labels={is_phone}
                selected={props.selected.clone()} date={props.date} on_select={props.actions.select.clone()}
                on_pick_date={props.actions.pick_date.clone()} {on_gesture} highlights={props.highlights.clone()}
                {outer_ref} {column_ref} />
            if props.place != Place::Slide {
                <TimelineList data={props.data.clone()} on_select={props.actions.select.clone()} until={props.until} />
            }
        </>
    };
    html! {
        <ViewFrame kind={ViewKind::Timeline} data={props.data.clone()} place={props.place}
            title={lang.fill(Key::TimelineTitle, &[("year", &ds.first_day().year().to_string())])}
            subtitle={lang.t(Key::TimelineSubtitle)} legend={html! { <StatusLegend {lang} /> }}
            explorer_link={props.explorer_link.clone()}>
            { timeline }
        </ViewFrame>
    }
}

/// Zoom out, zoom in, show all, and the preset windows (the whole story, recent years, each
/// chapter's span).
fn zoom_controls(
    props: &TimelineViewProps,
    domain: Window,
    window: Window,
    on_gesture: &Callback<Gesture>,
) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    let step = |factor: f64| {
        let on_gesture = on_gesture.clone();
        Callback::from(move |_: MouseEvent| {
            on_gesture.emit(Gesture::Zoom(factor, 0.5));
            on_gesture.emit(Gesture::End);
        })
    };
    let (_, recent) = default_windows(domain);
    let mut presets: Vec<(String, Window)> = vec![
        (
            lang.fill(Key::PresetAll, &[("year", &domain.from.year().to_string())]),
            domain,
        ),
        (
            lang.fill(
                Key::PresetRecent,
                &[("year", &recent.from.year().to_string())],
            ),
            recent,
        ),
    ];
    presets.extend(ds.chapters.iter().filter_map(|c| {
        let span = c.span?;
        let w = Window::new(span.from.first_day(), span.to.last_day().add_days(1)).clamped(domain);
        Some((c.title.clone(), w))
    }));
    let current = presets.iter().position(|(_, w)| *w == window);
    let on_preset = {
        let on_window = props.actions.window.clone();
        let presets: Vec<Window> = presets.iter().map(|(_, w)| *w).collect();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(w) = select
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| presets.get(i))
            {
                on_window.emit(Some(*w));
            }
        })
    };
    let at_most = window.days() >= domain.days();
    let at_least = window.days() <= window::MIN_DAYS.min(domain.days());
    let reset = {
        let on_window = props.actions.window.clone();
        Callback::from(move |_: MouseEvent| on_window.emit(Some(domain)))
    };
    html! {
        <div class="tl-controls" role="group" aria-label={lang.t(Key::ZoomGroup)}>
            <button type="button" class="button tl-zoom" data-zoom="out" disabled={at_most} onclick={step(1.0 / window::ZOOM_STEP)}
                aria-label={lang.t(Key::ZoomOut)}><span aria-hidden="true">{ "−" }</span></button>
            <button type="button" class="button tl-zoom" data-zoom="in" disabled={at_least} onclick={step(window::ZOOM_STEP)}
                aria-label={lang.t(Key::ZoomIn)}><span aria-hidden="true">{ "+" }</span></button>
            <button type="button" class="button" data-zoom="all" disabled={at_most} onclick={reset}>{ lang.t(Key::ZoomAll) }</button>
            // On a phone the word goes (no room beside the menu); the menu keeps it as its name.
            <label class="tl-presets">
                <span class="tl-presets-label" aria-hidden="true">{ lang.t(Key::ZoomPresets) }</span>
                <select onchange={on_preset} data-testid="tl-presets" aria-label={lang.t(Key::ZoomPresets)}>
                    if current.is_none() {
                        <option value="" selected=true disabled=true>{ lang.t(Key::PresetCustom) }</option>
                    }
                    { for presets.iter().enumerate().take(2).map(|(i, (label, _))| html! {
                        <option value={i.to_string()} selected={current == Some(i)}>{ label }</option>
                    }) }
                    // The story's chapters, each at its span, under one heading.
                    if presets.len() > 2 {
                        <optgroup label={lang.t(Key::PresetChapter)}>
                            { for presets.iter().enumerate().skip(2).map(|(i, (label, _))| html! {
                                <option value={i.to_string()} selected={current == Some(i)}>{ label }</option>
                            }) }
                        </optgroup>
                    }
                </select>
            </label>
            <p class="tl-hint hint">{ lang.t(Key::ZoomHint) }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartViewProps {
    pub data: DataRef,
    pub place: Place,
    pub track: Track,
    pub today: Day,
    #[prop_or_default]
    pub until: Option<Day>,
    pub highlights: Vec<String>,
    pub actions: Actions,
    #[prop_or_default]
    pub explorer_link: Option<AttrValue>,
}

/// The aid chart: pledged versus delivered, per donor, on the collective or bilateral track.
#[component]
pub fn ChartView(props: &ChartViewProps) -> Html {
    let lang = props.data.lang;
    html! {
        <ViewFrame kind={ViewKind::Chart} data={props.data.clone()} place={props.place}
            title={lang.t(if props.place == Place::Page { Key::ChartTitle } else { Key::ChartTitleShort })}
            subtitle={lang.t(Key::ChartSubtitle)}
            legend={chart_legend(lang, props.track)} explorer_link={props.explorer_link.clone()}>
            <AssistanceChart data={props.data.clone()} track={props.track} today={props.today} on_track={props.actions.track.clone()}
                on_select={props.actions.select.clone()} until={props.until} highlights={props.highlights.clone()}
                title_id={props.place.title_id(ViewKind::Chart)} programme={props.place == Place::Page} />
        </ViewFrame>
    }
}

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub data: DataRef,
    pub place: Place,
    pub date: Day,
    pub selected: Option<String>,
    pub highlights: Vec<String>,
    pub actions: Actions,
    #[prop_or_default]
    pub explorer_link: Option<AttrValue>,
}

/// The region on the roster date.
#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let lang = props.data.lang;
    html! {
        <ViewFrame kind={ViewKind::Map} data={props.data.clone()} place={props.place}
            title={lang.fill(Key::MapTitle, &[("date", &lang.day(props.date))])} subtitle={lang.t(Key::MapSubtitle)}
            legend={html! { <StatusLegend {lang} map=true /> }} explorer_link={props.explorer_link.clone()}>
            <RegionMap data={props.data.clone()} date={props.date} selected={props.selected.clone()}
                on_select={props.actions.select.clone()} highlights={props.highlights.clone()} />
        </ViewFrame>
    }
}

#[derive(Properties, PartialEq)]
pub struct RosterViewProps {
    pub data: DataRef,
    pub place: Place,
    pub date: Day,
    /// The days the exact-day field accepts.
    pub min_day: Day,
    pub max_day: Day,
    pub playing: bool,
    pub actions: Actions,
    #[prop_or_default]
    pub explorer_link: Option<AttrValue>,
}

/// The roster at a date: the date's controls (slider, exact day, play) and the states grouped
/// by their standing.
#[component]
pub fn RosterAtDate(props: &RosterViewProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    html! {
        <ViewFrame kind={ViewKind::Roster} data={props.data.clone()} place={props.place}
            title={lang.fill(Key::RosterTitle, &[("date", &lang.day(props.date))])} subtitle={lang.t(Key::RosterSubtitle)}
            explorer_link={props.explorer_link.clone()}>
            <div class="roster-row">
                <DateControl {lang} date={props.date} min_year={ds.first_day().year()} max_year={ds.as_of.year}
                    on_year={props.actions.year.clone()} min_day={props.min_day} max_day={props.max_day}
                    on_day={props.actions.pick_date.clone()} playing={props.playing} on_play={props.actions.play.clone()} />
                <RosterView data={props.data.clone()} date={props.date} on_select={props.actions.select.clone()}
                    heading_level={if props.place == Place::Alone { 2 } else { 3 }} />
            </div>
        </ViewFrame>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChangesViewProps {
    pub data: DataRef,
    pub place: Place,
    pub span: (Day, Day),
    pub min_day: Day,
    pub max_day: Day,
    pub actions: Actions,
    #[prop_or_default]
    pub explorer_link: Option<AttrValue>,
}

/// What changed between two dates.
#[component]
pub fn ChangesView(props: &ChangesViewProps) -> Html {
    let lang = props.data.lang;
    html! {
        <ViewFrame kind={ViewKind::Changes} data={props.data.clone()} place={props.place}
            title={lang.t(Key::ChangesTitle)} subtitle={lang.t(Key::ChangesSubtitle)} explorer_link={props.explorer_link.clone()}>
            <ChangesPanel data={props.data.clone()} span={props.span} min={props.min_day} max={props.max_day}
                on_span={props.actions.span.clone()} on_select={props.actions.select.clone()} />
        </ViewFrame>
    }
}
