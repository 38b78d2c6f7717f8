//! The membership timeline: a lane for the organization and one per state, periods as patterned
//! bars and events as diamonds, a year axis that sets the roster date when clicked, a today
//! marker and the chosen-date line. One item is in the tab order at a time (roving tabindex):
//! arrows move between items, Home/End jump within a lane, Enter or a click selects.

use std::rc::Rc;

use yew::prelude::*;

use super::Later;
use crate::data::Day;
use crate::i18n::{Key, Lang};
use crate::model::timeline::{ItemKind, Move, TimelineItem, TimelineLayout};
use crate::web;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub lang: Lang,
    pub layout: Rc<TimelineLayout>,
    pub selected: Option<String>,
    /// The roster's date, drawn as a line across the lanes.
    pub date: Day,
    pub on_select: Callback<String>,
    pub on_pick_date: Callback<Day>,
    /// Records the story's chapter points at, drawn highlighted.
    #[prop_or_default]
    pub highlights: Vec<String>,
}

/// The DOM id of an item's button.
pub fn item_dom_id(record_id: &str) -> String {
    format!("tl-{record_id}")
}

fn key_to_move(key: &str) -> Option<Move> {
    Some(match key {
        "ArrowLeft" => Move::Previous,
        "ArrowRight" => Move::Next,
        "ArrowUp" => Move::LaneUp,
        "ArrowDown" => Move::LaneDown,
        "Home" => Move::First,
        "End" => Move::Last,
        _ => return None,
    })
}

fn pct(value: f64) -> String {
    crate::model::format::css_percent(value.clamp(-1.0, 101.0))
}

/// One item on the timeline: a bar or a diamond, with its tooltip. Its own component so that
/// selecting a record, moving the date or focusing an item re-renders the two or three items
/// that change, not all of them.
#[derive(Properties)]
struct ItemProps {
    layout: Rc<TimelineLayout>,
    lane: usize,
    index: usize,
    selected: bool,
    /// Holds tabindex=0 (roving tabindex).
    active: bool,
    highlighted: bool,
    on_select: Callback<String>,
    /// The item took focus or a click: it becomes the active one.
    on_activate: Callback<String>,
    on_key: Callback<(String, KeyboardEvent)>,
}

impl PartialEq for ItemProps {
    fn eq(&self, other: &Self) -> bool {
        // The same layout is the same allocation (the page memoizes it); comparing its
        // contents for each of a hundred items would cost more than the render it saves.
        Rc::ptr_eq(&self.layout, &other.layout)
            && (
                self.lane,
                self.index,
                self.selected,
                self.active,
                self.highlighted,
            ) == (
                other.lane,
                other.index,
                other.selected,
                other.active,
                other.highlighted,
            )
            && self.on_select == other.on_select
            && self.on_activate == other.on_activate
            && self.on_key == other.on_key
    }
}

#[component]
fn Item(props: &ItemProps) -> Html {
    let Some(item) = props
        .layout
        .lanes
        .get(props.lane)
        .and_then(|lane| lane.items.get(props.index))
    else {
        return Html::default();
    };
    let id = item.id.clone();
    let onclick = {
        let (on_select, on_activate) = (props.on_select.clone(), props.on_activate.clone());
        let id = id.clone();
        Callback::from(move |_: MouseEvent| {
            on_activate.emit(id.clone());
            on_select.emit(id.clone());
        })
    };
    let onfocus = {
        let on_activate = props.on_activate.clone();
        let id = id.clone();
        Callback::from(move |_: FocusEvent| on_activate.emit(id.clone()))
    };
    let onkeydown = {
        let on_key = props.on_key.clone();
        let id = id.clone();
        Callback::from(move |e: KeyboardEvent| on_key.emit((id.clone(), e)))
    };
    let class = match &item.kind {
        ItemKind::Period { status, .. } => {
            classes!("tl-item", "tl-period", format!("status-{}", status.key()))
        }
        ItemKind::Event { kind } => {
            classes!("tl-item", "tl-event", format!("kind-{}", kind.key()))
        }
    };
    let (style, inner) = match &item.kind {
        ItemKind::Period { open_end, .. } => {
            let width = (item.end_pct - item.start_pct).max(0.25);
            let tail = if *open_end && item.end_pct > item.verified_end_pct {
                let verified = (item.verified_end_pct - item.start_pct) / width * 100.0;
                html! { <span class="tl-unverified" style={format!("left:{}", pct(verified))} aria-hidden="true"></span> }
            } else {
                html! {}
            };
            (
                format!("left:{};width:{}", pct(item.start_pct), pct(width)),
                html! { <>{ tail }<span class="tl-label" aria-hidden="true">{ &item.label }</span></> },
            )
        }
        ItemKind::Event { .. } => (
            format!("left:{};--row:{}", pct(item.start_pct), item.row),
            html! {},
        ),
    };
    // The tooltip is the button's sibling, not its child: inside, its text would join the
    // button's visible label and no longer match the accessible name.
    let tip_class = classes!(
        "tl-tip",
        matches!(item.kind, ItemKind::Event { .. }).then_some("tl-tip-event"),
        (item.start_pct > 70.0).then_some("tl-tip-left"),
    );
    let tip_style = format!("left:{};--row:{}", pct(item.start_pct), item.row);
    html! {
        <>
        <button
            type="button"
            id={item_dom_id(&item.id)}
            class={classes!(class, props.selected.then_some("is-selected"), props.highlighted.then_some("is-highlighted"))}
            style={style}
            tabindex={if props.active { "0" } else { "-1" }}
            aria-label={item.tooltip.clone()}
            aria-current={props.selected.then_some("true")}
            data-id={item.id.clone()}
            {onclick} {onfocus} {onkeydown}
        >
            { inner }
        </button>
        <span class={tip_class} style={tip_style} aria-hidden="true">{ &item.tooltip }</span>
        </>
    }
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let layout = props.layout.clone();
    let lang = props.lang;
    // The item that holds tabindex=0; a keyboard move also asks for focus to follow it.
    let active = use_state_eq(|| None::<String>);
    let focus_request = use_state(|| None::<String>);
    // Esc hides the hover/focus tooltips until the pointer or focus moves (WCAG 1.4.13).
    let tips_hidden = use_state_eq(|| false);

    // Effect: move DOM focus only after the render that made the new item focusable.
    {
        let focus_request = focus_request.clone();
        use_effect_with((*focus_request).clone(), move |target| {
            if let Some(id) = target {
                web::focus_by_id(&item_dom_id(id));
                focus_request.set(None);
            }
        });
    }

    let active_id: Option<String> = (*active)
        .clone()
        .filter(|id| layout.position(id).is_some())
        .or_else(|| {
            props
                .selected
                .clone()
                .filter(|id| layout.position(id).is_some())
        })
        .or_else(|| layout.first_id().map(str::to_owned));

    // Callbacks shared by every item, the same from render to render.
    let on_activate = {
        let (active, tips_hidden) = (active.clone(), tips_hidden.clone());
        use_callback((), move |id: String, _| {
            tips_hidden.set(false);
            active.set(Some(id));
        })
    };
    let on_key = {
        let (active, tips_hidden, focus_request) =
            (active.clone(), tips_hidden.clone(), focus_request.clone());
        use_callback(
            (layout.clone(), props.on_select.clone()),
            move |(id, e): (String, KeyboardEvent), (layout, on_select)| {
                if e.key() == "Escape" {
                    tips_hidden.set(true);
                    return;
                }
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    on_select.emit(id);
                    return;
                }
                let Some(mv) = key_to_move(&e.key()) else {
                    return;
                };
                e.prevent_default();
                if let Some(next) = layout.neighbour(&id, mv) {
                    active.set(Some(next.to_owned()));
                    focus_request.set(Some(next.to_owned()));
                }
            },
        )
    };
    let render_item = |lane: usize, index: usize, item: &TimelineItem| -> Html {
        html! {
            <Item key={item.id.clone()} layout={layout.clone()} {lane} {index}
                selected={props.selected.as_deref() == Some(item.id.as_str())}
                active={active_id.as_deref() == Some(item.id.as_str())}
                highlighted={props.highlights.contains(&item.id)}
                on_select={props.on_select.clone()} on_activate={on_activate.clone()} on_key={on_key.clone()} />
        }
    };

    let axis_ref = use_node_ref();
    let on_axis_click = {
        let on_pick_date = props.on_pick_date.clone();
        let scale = layout.scale;
        let axis_ref = axis_ref.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(fraction) = web::pointer_fraction_x(&e, &axis_ref) {
                on_pick_date.emit(scale.invert(fraction * 100.0));
            }
        })
    };

    let date_pct = layout.scale.map(props.date);
    let onpointermove = {
        let tips_hidden = tips_hidden.clone();
        Callback::from(move |_: PointerEvent| {
            if *tips_hidden {
                tips_hidden.set(false);
            }
        })
    };
    html! {
        <div class={classes!("timeline", tips_hidden.then_some("tips-hidden"))} {onpointermove}>
            <div class="tl-scroll">
                <div class="tl-body">
                    <div class="tl-lanes" role="group" aria-label={lang.t(Key::TimelineGroup)}>
                        { for layout.lanes.iter().enumerate().map(|(lane_index, lane)| html! {
                            <div class={classes!("tl-lane", (lane.key == crate::model::timeline::ORGANIZATION_LANE).then_some("tl-lane-org"))}
                                 style={format!("--event-rows:{}", lane.event_rows)}
                                 role="group" aria-label={lane.label.clone()}>
                                <div class="tl-lane-label" aria-hidden="true">{ &lane.label }</div>
                                // Hydrating, each lane's items take over their DOM in a task of
                                // their own (the whole timeline at once held the page 100+ ms).
                                <div class="tl-track"><Later>
                                    { for lane.items.iter().enumerate().map(|(index, item)| render_item(lane_index, index, item)) }
                                </Later></div>
                            </div>
                        }) }
                    </div>
                    <div class="tl-overlay" aria-hidden="true">
                        <div class="tl-marker tl-today" style={format!("left:{}", pct(layout.today_pct))}>
                            <span>{ lang.fill(Key::TodayMarker, &[("date", &lang.day(layout.today))]) }</span>
                        </div>
                        <div class={classes!("tl-marker", "tl-date", (date_pct > 75.0).then_some("tl-flip"))} style={format!("left:{}", pct(date_pct))}>
                            <span>{ lang.fill(Key::RosterMarker, &[("date", &lang.day(props.date))]) }</span>
                        </div>
                    </div>
                    <div class="tl-axis-row">
                        <div class="tl-lane-label"></div>
                        <div class="tl-axis" ref={axis_ref} onclick={on_axis_click} title={lang.t(Key::AxisHint)} aria-hidden="true">
                            { for layout.ticks.iter().map(|(year, x)| html! {
                                <span class={classes!("tl-tick", (year % 5 == 0).then_some("tl-tick-major"))} style={format!("left:{}", pct(*x))}>
                                    <span class="tl-tick-label">{ if year % 5 == 0 { year.to_string() } else { format!("’{:02}", year % 100) } }</span>
                                </span>
                            }) }
                        </div>
                    </div>
                </div>
            </div>
        </div>
    }
}
