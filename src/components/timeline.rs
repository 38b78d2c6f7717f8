//! The membership timeline: a lane for the organization and one per state, periods as patterned
//! bars and events as diamonds, crowded events as counted clusters that open a list, a marker
//! row for "Today" and the roster date, and an axis whose steps follow the zoom (a click on it
//! sets the roster date). The drawing is laid out over the whole story and zoomed and panned by
//! CSS (`--tl-from`, `--tl-zoom`), so the prerendered page can open a phone on recent years
//! before any script runs. One target is in the tab order at a time (roving tabindex): arrows
//! move between targets, Home/End jump within a lane, Enter or a click selects, + and − zoom.
//! A horizontal drag or swipe pans and a pinch zooms (through [`Gesture`]); a vertical swipe
//! and a plain wheel are the page's.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::Later;
use crate::data::Day;
use crate::i18n::{Key, Lang};
use crate::model::timeline::{ItemKind, Move, ORGANIZATION_LANE, TimelineLayout};
use crate::model::timeline_view::{Marker, Target, TargetKind, WindowLayout};
use crate::web;

/// A zoom or pan asked for by a reader's hand or keys, relative to the window it started from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Gesture {
    /// Dragged sideways by this fraction of the window's width (positive: towards later).
    Pan(f64),
    /// Pinched (or keyed) to this factor about this place, a fraction of the window's width.
    Zoom(f64, f64),
    /// The gesture is over: keep where it got to.
    End,
    /// Bring this day into view (focus moved to a target off screen).
    Show(Day),
}

/// The CSS of the window: where it starts (a fraction of the whole story) and how many times
/// the story's width the drawing is, for wide screens and phones, and the one a reader set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Zoom {
    pub wide: (f64, f64),
    pub phone: (f64, f64),
    pub set: Option<(f64, f64)>,
}

impl Zoom {
    fn style(self) -> String {
        let mut style = format!(
            "--tl-wide-from:{:.5};--tl-wide-zoom:{:.5};--tl-phone-from:{:.5};--tl-phone-zoom:{:.5}",
            self.wide.0, self.wide.1, self.phone.0, self.phone.1
        );
        if let Some((from, zoom)) = self.set {
            style.push_str(&format!(";--tl-set-from:{from:.5};--tl-set-zoom:{zoom:.5}"));
        }
        style
    }
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub lang: Lang,
    pub layout: Rc<TimelineLayout>,
    /// What the window shows at the drawing's width.
    pub view: Rc<WindowLayout>,
    pub zoom: Zoom,
    /// Lane labels as state codes (a phone's narrow label column).
    #[prop_or_default]
    pub short_labels: bool,
    pub selected: Option<String>,
    /// The roster's date, drawn as a line across the lanes.
    pub date: Day,
    pub on_select: Callback<String>,
    pub on_pick_date: Callback<Day>,
    pub on_gesture: Callback<Gesture>,
    /// Records the story's chapter points at, drawn highlighted.
    #[prop_or_default]
    pub highlights: Vec<String>,
    /// The timeline as a whole and one lane's drawing column, measured by the view.
    pub outer_ref: NodeRef,
    pub column_ref: NodeRef,
}

/// The DOM id of a target's button.
pub fn item_dom_id(target_id: &str) -> String {
    format!("tl-{target_id}")
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
    crate::model::format::css_percent(value)
}

/// One target on a lane: a bar, a diamond or a cluster, with its tooltip. Its own component so
/// that selecting a record or focusing a target re-renders the two or three that change.
#[derive(Properties)]
struct ItemProps {
    layout: Rc<TimelineLayout>,
    view: Rc<WindowLayout>,
    lane: usize,
    index: usize,
    selected: bool,
    /// Holds tabindex=0 (roving tabindex).
    active: bool,
    highlighted: bool,
    /// A cluster whose list is open.
    expanded: bool,
    on_press: Callback<String>,
    on_activate: Callback<String>,
    on_key: Callback<(String, KeyboardEvent)>,
}

impl PartialEq for ItemProps {
    fn eq(&self, other: &Self) -> bool {
        // The same layouts are the same allocations (memoized by the view); comparing their
        // contents for each of a hundred targets would cost more than the render it saves.
        Rc::ptr_eq(&self.layout, &other.layout)
            && Rc::ptr_eq(&self.view, &other.view)
            && (
                self.lane,
                self.index,
                self.selected,
                self.active,
                self.highlighted,
                self.expanded,
            ) == (
                other.lane,
                other.index,
                other.selected,
                other.active,
                other.highlighted,
                other.expanded,
            )
            && (&self.on_press, &self.on_activate, &self.on_key)
                == (&other.on_press, &other.on_activate, &other.on_key)
    }
}

#[component]
fn Item(props: &ItemProps) -> Html {
    let Some(target) = props
        .view
        .lanes
        .get(props.lane)
        .and_then(|lane| lane.get(props.index))
    else {
        return Html::default();
    };
    let Some(item) = props
        .layout
        .lanes
        .get(props.lane)
        .and_then(|lane| lane.items.get(target.item))
    else {
        return Html::default();
    };
    let id = target.id.clone();
    let onclick = {
        let (on_press, on_activate, id) = (
            props.on_press.clone(),
            props.on_activate.clone(),
            id.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            on_activate.emit(id.to_string());
            on_press.emit(id.to_string());
        })
    };
    let onfocus = {
        let (on_activate, id) = (props.on_activate.clone(), id.clone());
        Callback::from(move |_: FocusEvent| on_activate.emit(id.to_string()))
    };
    let onkeydown = {
        let (on_key, id) = (props.on_key.clone(), id.clone());
        Callback::from(move |e: KeyboardEvent| on_key.emit((id.to_string(), e)))
    };
    let hit_w = (target.hit_end_pct - target.hit_start_pct).max(0.0);
    let (class, style, inner, label) = match (&target.kind, &item.kind) {
        (
            TargetKind::Period {
                label_shown,
                label_left_pct,
            },
            ItemKind::Period { status, open_end },
        ) => {
            let bar_left = (target.start_pct - target.hit_start_pct) / hit_w.max(1e-9) * 100.0;
            let bar_w = (target.end_pct - target.start_pct) / hit_w.max(1e-9) * 100.0;
            let bar_len = (item.end_pct - item.start_pct).max(1e-9);
            let tail = (*open_end && item.end_pct > item.verified_end_pct).then(|| {
                let verified = (item.verified_end_pct - item.start_pct) / bar_len * 100.0;
                html! { <span class="tl-unverified" style={format!("left:{}", pct(verified))} aria-hidden="true"></span> }
            });
            (
                classes!("tl-item", "tl-period"),
                format!("left:{};width:{}", pct(target.hit_start_pct), pct(hit_w)),
                html! {
                    <span class={classes!("tl-bar", format!("status-{}", status.key()))}
                        style={format!("left:{};width:{}", pct(bar_left), pct(bar_w))} aria-hidden="true">
                        { tail }
                        if *label_shown {
                            <span class="tl-label" style={format!("left:calc({} + 0.25rem)", pct(*label_left_pct))}>{ &item.label }</span>
                        }
                    </span>
                },
                item.tooltip.clone(),
            )
        }
        (TargetKind::Cluster { members, label }, _) => (
            classes!("tl-item", "tl-cluster", props.expanded.then_some("is-open")),
            format!("left:{};width:{}", pct(target.hit_start_pct), pct(hit_w)),
            html! { <span class="tl-count" aria-hidden="true">{ members.len() }</span> },
            label.clone(),
        ),
        (_, ItemKind::Event { kind }) => (
            classes!("tl-item", "tl-event", format!("kind-{}", kind.key())),
            format!("left:{}", pct(target.start_pct)),
            html! {},
            item.tooltip.clone(),
        ),
        _ => return Html::default(),
    };
    let cluster = matches!(target.kind, TargetKind::Cluster { .. });
    // The tooltip is the button's sibling, not its child: inside, its text would join the
    // button's visible label and no longer match the accessible name.
    let at = target.start_pct.max(props.view.from_pct);
    let tip_class = classes!(
        "tl-tip",
        (!matches!(target.kind, TargetKind::Period { .. })).then_some("tl-tip-event"),
        (props.view.fraction(at) > 0.6).then_some("tl-tip-left"),
    );
    html! {
        <>
        <button
            type="button"
            id={item_dom_id(&target.id)}
            class={classes!(class, props.selected.then_some("is-selected"), props.highlighted.then_some("is-highlighted"))}
            {style}
            tabindex={if props.active { "0" } else { "-1" }}
            aria-label={label.clone()}
            aria-current={props.selected.then_some("true")}
            aria-expanded={cluster.then(|| props.expanded.to_string())}
            aria-controls={(cluster && props.expanded).then_some("tl-cluster-list")}
            data-id={target.id.clone()}
            {onclick} {onfocus} {onkeydown}
        >
            { inner }
        </button>
        <span class={tip_class} style={format!("left:{}", pct(at))} aria-hidden="true">{ label }</span>
        </>
    }
}

/// A pointer on the drawing: where it went down, and what it is doing.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Pointer {
    id: i32,
    start: (f64, f64),
    now: (f64, f64),
}

/// The drag or pinch under way.
#[derive(Default)]
struct Hands {
    pointers: Vec<Pointer>,
    /// Panning: a pointer went sideways further than a tap.
    panning: bool,
    pinching: bool,
    /// The click a browser sends after a drag is not a reader's tap.
    swallow_click: bool,
}

/// Moves DOM focus to the requested target, only after the render that made it focusable.
#[hook]
fn use_focus_follows(request: &UseStateHandle<Option<String>>) {
    let request = request.clone();
    use_effect_with((*request).clone(), move |target| {
        if let Some(id) = target {
            web::focus_by_id(&item_dom_id(id));
            request.set(None);
        }
    });
}

/// A press selects a record, or opens (or closes) a cluster's list.
#[hook]
fn use_press(
    open_cluster: &UseStateHandle<Option<String>>,
    on_select: &Callback<String>,
    view: &Rc<WindowLayout>,
) -> Callback<String> {
    let (open_cluster, on_select) = (open_cluster.clone(), on_select.clone());
    use_callback(view.clone(), move |id: String, view| {
        if matches!(
            view.target(&id).map(|t| &t.kind),
            Some(TargetKind::Cluster { .. })
        ) {
            let open = (*open_cluster).as_ref() != Some(&id);
            open_cluster.set(open.then_some(id));
        } else {
            on_select.emit(id);
        }
    })
}

/// A click on the axis picks the day under the pointer for the roster.
fn axis_click(
    on_pick_date: &Callback<Day>,
    view: &WindowLayout,
    column: &NodeRef,
) -> Callback<MouseEvent> {
    let (on_pick_date, window, column) = (on_pick_date.clone(), view.window, column.clone());
    Callback::from(move |e: MouseEvent| {
        if let Some(fraction) = web::pointer_fraction_x(&e, &column) {
            let days = (fraction * f64::from(window.days())).round() as i32;
            on_pick_date.emit(window.from.add_days(days));
        }
    })
}

/// How far (CSS px) a pointer may move and still be a tap.
const TAP_SLOP_PX: f64 = 8.0;

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let (layout, view) = (props.layout.clone(), props.view.clone());
    let lang = props.lang;
    // The target that holds tabindex=0; a keyboard move also asks for focus to follow it.
    let active = use_state_eq(|| None::<String>);
    let focus_request = use_state(|| None::<String>);
    // Esc hides the hover/focus tooltips until the pointer or focus moves (WCAG 1.4.13).
    let tips_hidden = use_state_eq(|| false);
    // The cluster whose list is open.
    let open_cluster = use_state_eq(|| None::<String>);

    use_focus_follows(&focus_request);
    let known = |id: &String| view.position(id).is_some();
    let active_id: Option<String> = (*active)
        .clone()
        .filter(known)
        .or_else(|| {
            props
                .selected
                .as_ref()
                .and_then(|id| view.target(id))
                .map(|t| t.id.to_string())
        })
        .or_else(|| view.first_id().map(str::to_owned));

    let on_activate = {
        let (active, tips_hidden) = (active.clone(), tips_hidden.clone());
        use_callback((), move |id: String, _| {
            tips_hidden.set(false);
            active.set(Some(id));
        })
    };
    let on_press = use_press(&open_cluster, &props.on_select, &view);
    let on_key = use_timeline_keys(
        TimelineKeys {
            active: active.clone(),
            tips_hidden: tips_hidden.clone(),
            focus_request: focus_request.clone(),
            open_cluster: open_cluster.clone(),
        },
        on_press.clone(),
        props.on_gesture.clone(),
        view.clone(),
        layout.clone(),
    );

    let render_lane_targets = |lane_index: usize| -> Html {
        let targets = view
            .lanes
            .get(lane_index)
            .map(Vec::as_slice)
            .unwrap_or_default();
        html! {
            { for targets.iter().enumerate().map(|(index, target)| {
                let holds = |id: &str| &*target.id == id || matches!(&target.kind, TargetKind::Cluster { members, .. } if members.iter().any(|m| m == id));
                html! {
                    <Item key={target.id.clone()} layout={layout.clone()} view={view.clone()} lane={lane_index} {index}
                        selected={props.selected.as_deref().is_some_and(holds)}
                        active={active_id.as_deref() == Some(&*target.id)}
                        highlighted={props.highlights.iter().any(|h| holds(h))}
                        expanded={(*open_cluster).as_deref() == Some(&*target.id)}
                        on_press={on_press.clone()} on_activate={on_activate.clone()} on_key={on_key.clone()} />
                }
            }) }
        }
    };

    // Hands on the drawing: a sideways drag pans, two fingers pinch; taps stay taps.
    let gestures = use_hands(&props.outer_ref, &props.column_ref, &props.on_gesture);

    let on_axis_click = axis_click(&props.on_pick_date, &view, &props.column_ref);
    let onpointermove_tips = {
        let tips_hidden = tips_hidden.clone();
        Callback::from(move |_: PointerEvent| {
            if *tips_hidden {
                tips_hidden.set(false);
            }
        })
    };
    let set = props.zoom.set.is_some();
    let domain = {
        let (from, to) = layout.scale.domain();
        format!("{}..{}", from.iso(), to.iso())
    };
    html! {
        // The whole drawing's dates: with the drawn window's place in it, what a test (or a
        // reader's tool) needs to tell which dates are on screen.
        <div class={classes!("timeline", tips_hidden.then_some("tips-hidden"), props.short_labels.then_some("tl-short"))}
            ref={props.outer_ref.clone()} onpointermove={onpointermove_tips} data-domain={domain}>
            <div class={classes!("tl-frame", set.then_some("tl-set"))} style={format!("{};--marker-rows:{}", props.zoom.style(), view.marker_rows)}
                onpointerdown={gestures.down} onpointermove={gestures.moved} onpointerup={gestures.up.clone()}
                onpointercancel={gestures.up}>
                { markers(&view) }
                <div class="tl-lanes" role="group" aria-label={lang.t(Key::TimelineGroup)}>
                    { for layout.lanes.iter().enumerate().map(|(lane_index, lane)| {
                        let shown = match (props.short_labels, lane.key == ORGANIZATION_LANE) {
                            (true, true) => lang.t(Key::OrganizationShort).to_owned(),
                            (true, false) => lane.key.clone(),
                            (false, _) => lane.label.clone(),
                        };
                        let has_events = view.events_shown.get(lane_index).copied().unwrap_or(false);
                        let cluster = (*open_cluster).as_ref().and_then(|id| {
                            view.lanes.get(lane_index)?.iter().find(|t| *t.id == **id)
                        });
                        html! {
                            <div class={classes!("tl-lane", (lane.key == ORGANIZATION_LANE).then_some("tl-lane-org"), has_events.then_some("tl-has-events"))}
                                 role="group" aria-label={lane.label.clone()}>
                                <div class="tl-lane-label" aria-hidden="true" title={lane.label.clone()}>{ shown }</div>
                                // Hydrating, each lane's targets take over their DOM in a task of
                                // their own (the whole timeline at once held the page 100+ ms).
                                <div class="tl-view" ref={if lane_index == 0 { props.column_ref.clone() } else { NodeRef::default() }}>
                                    <div class="tl-pan"><Later>{ render_lane_targets(lane_index) }</Later></div>
                                </div>
                                if let Some(cluster) = cluster {
                                    <ClusterList lang={lang} layout={layout.clone()} view={view.clone()} target={cluster.clone()}
                                        on_select={props.on_select.clone()} on_gesture={props.on_gesture.clone()}
                                        on_close={{ let open = open_cluster.clone(); Callback::from(move |()| open.set(None)) }} />
                                }
                            </div>
                        }
                    }) }
                </div>
                { lines(&view) }
                { axis(&view, on_axis_click, lang.t(Key::AxisHint)) }
            </div>
        </div>
    }
}

/// The state the timeline's keys move: the target holding the tab stop, where focus goes
/// next, whether tooltips are hidden (Esc), and the open cluster.
struct TimelineKeys {
    active: UseStateHandle<Option<String>>,
    tips_hidden: UseStateHandle<bool>,
    focus_request: UseStateHandle<Option<String>>,
    open_cluster: UseStateHandle<Option<String>>,
}

/// A key on a target: Esc hides the tooltips and closes a cluster's list, Enter or Space
/// presses, + and − zoom about the target, and the arrows, Home and End move to a neighbour,
/// panning the window to it.
#[hook]
fn use_timeline_keys(
    keys: TimelineKeys,
    on_press: Callback<String>,
    on_gesture: Callback<Gesture>,
    view: Rc<WindowLayout>,
    layout: Rc<TimelineLayout>,
) -> Callback<(String, KeyboardEvent)> {
    let TimelineKeys {
        active,
        tips_hidden,
        focus_request,
        open_cluster,
    } = keys;
    use_callback(
        (view, layout),
        move |(id, e): (String, KeyboardEvent), (view, layout)| {
            let key = e.key();
            match key.as_str() {
                "Escape" => {
                    tips_hidden.set(true);
                    open_cluster.set(None);
                    return;
                }
                "Enter" | " " => {
                    e.prevent_default();
                    on_press.emit(id);
                    return;
                }
                "+" | "=" | "-" | "_" => {
                    e.prevent_default();
                    let factor = if key == "+" || key == "=" { 2.0 } else { 0.5 };
                    let anchor = view
                        .target(&id)
                        .map(|t| view.fraction(t.start_pct))
                        .unwrap_or(0.5);
                    on_gesture.emit(Gesture::Zoom(factor, anchor));
                    on_gesture.emit(Gesture::End);
                    focus_request.set(Some(id));
                    return;
                }
                _ => {}
            }
            let Some(mv) = key_to_move(&key) else {
                return;
            };
            e.prevent_default();
            if let Some(next) = view.neighbour(&id, mv) {
                if let Some(t) = view.target(next) {
                    on_gesture.emit(Gesture::Show(layout.day_at(t.start_pct)));
                }
                active.set(Some(next.to_owned()));
                focus_request.set(Some(next.to_owned()));
            }
        },
    )
}

/// The drawing's own gestures: a drag or a one-finger swipe sideways pans, two fingers pinch,
/// Ctrl/⌘ + wheel zooms; the click that ends a drag is swallowed, so a pan never selects.
#[hook]
fn use_hands(
    outer_ref: &NodeRef,
    column_ref: &NodeRef,
    on_gesture: &Callback<Gesture>,
) -> GestureHandlers {
    let hands = use_mut_ref(Hands::default);
    let gestures = gesture_handlers(&hands, column_ref, on_gesture);
    {
        let (hands, frame) = (hands.clone(), outer_ref.clone());
        let blocked: Rc<dyn Fn() -> bool> = Rc::new(move || {
            let mut h = hands.borrow_mut();
            std::mem::take(&mut h.swallow_click)
        });
        use_effect_with((), move |_| {
            let listener = web::view::block_clicks(&frame, blocked);
            move || {
                let _listener = listener;
            }
        });
    }
    {
        // The listener lives as long as the drawing; the callback changes with the window, so
        // the listener reaches the newest one through this cell.
        let latest = use_mut_ref(|| on_gesture.clone());
        *latest.borrow_mut() = on_gesture.clone();
        let column = column_ref.clone();
        use_effect_with((), move |_| {
            let listener = web::view::listen_zoom_wheel(&column, move |factor, anchor| {
                let on_gesture = latest.borrow().clone();
                on_gesture.emit(Gesture::Zoom(factor, anchor));
                on_gesture.emit(Gesture::End);
            });
            move || {
                let _listener = listener;
            }
        });
    }
    gestures
}

/// The "Today" and roster labels above the lanes, each on its row.
fn markers(view: &WindowLayout) -> Html {
    let label = |m: &Marker, class: &'static str| {
        html! {
            <span class={classes!("tl-marker-label", class, m.label_left.then_some("tl-flip"))}
                style={format!("left:{};--row:{}", pct(m.pct), m.row)}>{ &m.label }</span>
        }
    };
    html! {
        <div class="tl-markers" aria-hidden="true">
            <div class="tl-lane-label"></div>
            <div class="tl-view"><div class="tl-pan">
                { for view.today.iter().map(|m| label(m, "tl-today")) }
                { for view.date.iter().map(|m| label(m, "tl-date")) }
            </div></div>
        </div>
    }
}

/// The "Today" and roster lines down the lanes.
fn lines(view: &WindowLayout) -> Html {
    let line = |m: &Marker, class: &'static str| {
        html! { <span class={classes!("tl-line", class)} style={format!("left:{}", pct(m.pct))}></span> }
    };
    html! {
        <div class="tl-lines" aria-hidden="true"><div class="tl-view"><div class="tl-pan">
            { for view.today.iter().map(|m| line(m, "tl-today")) }
            { for view.date.iter().map(|m| line(m, "tl-date")) }
        </div></div></div>
    }
}

/// The axis: its ticks, labelled as the window allows; a click on it picks the roster's day.
fn axis(view: &WindowLayout, on_click: Callback<MouseEvent>, hint: &str) -> Html {
    html! {
        <div class="tl-axis-row">
            <div class="tl-lane-label"></div>
            <div class="tl-view tl-axis" onclick={on_click} title={hint.to_owned()} aria-hidden="true">
                <div class="tl-pan">
                    { for view.ticks.iter().map(|t| html! {
                        <span class={classes!("tl-tick", t.label.is_some().then_some("tl-tick-major"))} style={format!("left:{}", pct(t.pct))}>
                            if let Some(label) = &t.label {
                                <span class="tl-tick-label">{ label }</span>
                            }
                        </span>
                    }) }
                </div>
            </div>
        </div>
    }
}

/// The handlers of a sideways drag and a pinch on the drawing.
struct GestureHandlers {
    down: Callback<PointerEvent>,
    moved: Callback<PointerEvent>,
    up: Callback<PointerEvent>,
}

fn gesture_handlers(
    hands: &Rc<RefCell<Hands>>,
    column: &NodeRef,
    on_gesture: &Callback<Gesture>,
) -> GestureHandlers {
    let at = |e: &PointerEvent| (f64::from(e.client_x()), f64::from(e.client_y()));
    let down = {
        let hands = hands.clone();
        Callback::from(move |e: PointerEvent| {
            // A mouse drags with its main button only.
            if e.pointer_type() == "mouse" && e.button() != 0 {
                return;
            }
            let mut h = hands.borrow_mut();
            h.pointers.retain(|p| p.id != e.pointer_id());
            h.pointers.push(Pointer {
                id: e.pointer_id(),
                start: at(&e),
                now: at(&e),
            });
            if h.pointers.len() == 2 {
                // A second finger: the pinch starts from where both are now.
                for p in &mut h.pointers {
                    p.start = p.now;
                }
                h.pinching = true;
                h.panning = false;
            }
        })
    };
    let moved = {
        let (hands, column, on_gesture) = (hands.clone(), column.clone(), on_gesture.clone());
        Callback::from(move |e: PointerEvent| {
            let width = column
                .cast::<web_sys::Element>()
                .map(|el| el.get_bounding_client_rect().width())
                .unwrap_or(0.0);
            if width <= 0.0 {
                return;
            }
            let gesture = {
                let mut h = hands.borrow_mut();
                let Some(p) = h.pointers.iter_mut().find(|p| p.id == e.pointer_id()) else {
                    return;
                };
                p.now = at(&e);
                let (dx, dy) = (p.now.0 - p.start.0, p.now.1 - p.start.1);
                if h.pinching && h.pointers.len() == 2 {
                    let (a, b) = (h.pointers[0], h.pointers[1]);
                    let span = |p: (f64, f64), q: (f64, f64)| (p.0 - q.0).abs().max(1.0);
                    let factor = span(a.now, b.now) / span(a.start, b.start);
                    let left = column
                        .cast::<web_sys::Element>()
                        .map(|el| el.get_bounding_client_rect().left())
                        .unwrap_or(0.0);
                    let anchor = ((a.start.0 + b.start.0) / 2.0 - left) / width;
                    Some(Gesture::Zoom(factor, anchor))
                } else if h.pointers.len() == 1
                    && (h.panning || (dx.abs() > TAP_SLOP_PX && dx.abs() > dy.abs()))
                {
                    if !h.panning {
                        h.panning = true;
                        web::view::capture_pointer(&e);
                    }
                    Some(Gesture::Pan(-dx / width))
                } else {
                    None
                }
            };
            if let Some(g) = gesture {
                on_gesture.emit(g);
            }
        })
    };
    let up = {
        let (hands, on_gesture) = (hands.clone(), on_gesture.clone());
        Callback::from(move |e: PointerEvent| {
            let ended = {
                let mut h = hands.borrow_mut();
                let before = h.pointers.len();
                h.pointers.retain(|p| p.id != e.pointer_id());
                let was_gesture = h.panning || h.pinching;
                if h.pointers.is_empty() {
                    h.swallow_click = was_gesture && e.type_() == "pointerup";
                    h.panning = false;
                    h.pinching = false;
                }
                was_gesture && before != h.pointers.len() && h.pointers.len() < 2
            };
            if ended {
                on_gesture.emit(Gesture::End);
            }
        })
    };
    GestureHandlers { down, moved, up }
}

#[derive(Properties, PartialEq)]
struct ClusterListProps {
    lang: Lang,
    layout: Rc<TimelineLayout>,
    view: Rc<WindowLayout>,
    target: Target,
    on_select: Callback<String>,
    on_gesture: Callback<Gesture>,
    on_close: Callback<()>,
}

/// The events a cluster gathers, as a list to choose from, with a way to zoom in on them.
#[component]
fn ClusterList(props: &ClusterListProps) -> Html {
    let lang = props.lang;
    let TargetKind::Cluster { members, label } = &props.target.kind else {
        return Html::default();
    };
    use_effect_with((), |_| web::focus_by_id("tl-cluster-first"));
    let lane = props
        .layout
        .lanes
        .iter()
        .find(|l| l.items.iter().any(|i| members.iter().any(|m| **m == *i.id)));
    let items: Vec<_> = lane
        .map(|l| {
            l.items
                .iter()
                .filter(|i| members.iter().any(|m| **m == *i.id))
                .collect()
        })
        .unwrap_or_default();
    let mid = props
        .view
        .fraction((props.target.start_pct + props.target.end_pct) / 2.0);
    // Anchored at the cluster, opening towards the middle, and never wider than the room left.
    let (side, offset) = if mid > 0.5 {
        (
            "right",
            format!(
                "(100% - var(--label-w)) * {:.4}",
                (1.0 - mid).clamp(0.0, 1.0)
            ),
        )
    } else {
        (
            "left",
            format!(
                "var(--label-w) + (100% - var(--label-w)) * {:.4}",
                mid.clamp(0.0, 1.0)
            ),
        )
    };
    let style = format!("{side}:calc({offset});max-width:min(22rem, calc(100% - {offset}))");
    let zoom = {
        let on_gesture = props.on_gesture.clone();
        let on_close = props.on_close.clone();
        let (first, last) = (props.target.start_pct, props.target.end_pct);
        let view = props.view.clone();
        Callback::from(move |_: MouseEvent| {
            // Zoomed until the cluster's span fills half the window, about its middle.
            let span = (view.fraction(last) - view.fraction(first)).max(0.02);
            let anchor = view.fraction((first + last) / 2.0);
            on_gesture.emit(Gesture::Zoom((0.5 / span).max(2.0), anchor));
            on_gesture.emit(Gesture::End);
            on_close.emit(());
        })
    };
    let onkeydown = {
        let on_close = props.on_close.clone();
        let back = item_dom_id(&props.target.id);
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                on_close.emit(());
                web::focus_by_id(&back);
            }
        })
    };
    html! {
        <div id="tl-cluster-list" class="tl-cluster-list" role="group" aria-label={label.clone()} {style} {onkeydown}>
            <p class="tl-cluster-title">{ label }</p>
            <ul>
                { for items.iter().enumerate().map(|(i, item)| {
                    let on_select = props.on_select.clone();
                    let id = item.id.clone();
                    html! {
                        <li><button type="button" class="link-button" id={(i == 0).then_some("tl-cluster-first")} data-id={item.id.clone()}
                            onclick={Callback::from(move |_: MouseEvent| on_select.emit(id.to_string()))}>{ &item.tooltip }</button></li>
                    }
                }) }
            </ul>
            <button type="button" class="button" onclick={zoom}>{ lang.t(Key::ClusterZoom) }</button>
        </div>
    }
}
