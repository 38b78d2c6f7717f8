//! The region map: each state filled with its status's colour and pattern on the roster date
//! (the timeline's patterns), named, and focusable — Enter, Space or a click opens the period
//! that gives its status in the detail panel; Afghanistan in grey and the Tajik–Afghan border as
//! a red line. Drawn as SVG from `model::map`, so it scales with the page and needs no tiles.

use yew::prelude::*;

use crate::data::Day;
use crate::export::timeline::{DEFS, status_fill};
use crate::i18n::Key;
use crate::model::map::{self, AFGHANISTAN};
use crate::model::roster::Standing;
use crate::state::DataRef;

#[derive(Properties, PartialEq)]
pub struct RegionMapProps {
    pub data: DataRef,
    pub date: Day,
    pub selected: Option<String>,
    pub on_select: Callback<String>,
    /// Records the story's chapter points at: their states are drawn highlighted.
    #[prop_or_default]
    pub highlights: Vec<String>,
}

#[component]
pub fn RegionMap(props: &RegionMapProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    let states = map::states_at(ds, lang, props.date);
    // The patterns live in a hidden SVG of their own; `url(#…)` reaches them from the map.
    let defs = Html::from_html_unchecked(AttrValue::from(format!(
        r#"<svg class="map-defs" width="0" height="0" aria-hidden="true" focusable="false">{DEFS}</svg>"#
    )));
    let afghanistan = map::shape(AFGHANISTAN);
    let view_box = format!("0 0 {} {}", map::WIDTH, map::HEIGHT);
    html! {
        <div class="map-panel">
            { defs }
            <div class="map-scroll">
            <svg class="map-svg" viewBox={view_box} role="group" aria-label={lang.t(Key::MapGroup)}>
                <rect class="map-sea" width="100%" height="100%" />
                <g class="map-context" aria-hidden="true">
                    { for map::CONTEXT.iter().map(|d| html! { <path d={*d} /> }) }
                </g>
                if let Some(afg) = afghanistan {
                    <path class="map-afghanistan" d={afg.d} aria-hidden="true" />
                }
                { for states.iter().map(|s| {
                    let period_id = s.period.map(|p| p.id.clone());
                    // Outlines come from the stylesheet (dashed for signatories, as on the timeline).
                    let fill = match s.standing {
                        Standing::Is(status) => status_fill(status),
                        Standing::NotYetSigned => "",
                    };
                    let selected = period_id.is_some() && period_id == props.selected;
                    let class = classes!(
                        "map-state",
                        format!("standing-{}", s.standing.key()),
                        selected.then_some("is-selected"),
                        s.period.is_some_and(|p| props.highlights.contains(&p.id)).then_some("is-highlighted"),
                    );
                    match period_id {
                        Some(id) => {
                            let onclick = {
                                let on_select = props.on_select.clone();
                                let id = id.clone();
                                Callback::from(move |_: MouseEvent| on_select.emit(id.clone()))
                            };
                            let onkeydown = {
                                let on_select = props.on_select.clone();
                                Callback::from(move |e: KeyboardEvent| {
                                    if e.key() == "Enter" || e.key() == " " {
                                        e.prevent_default();
                                        on_select.emit(id.clone());
                                    }
                                })
                            };
                            html! {
                                <path {class} id={format!("map-{}", s.shape.id)} d={s.shape.d} fill={fill}
                                    tabindex="0" role="button"
                                    aria-label={s.description.clone()} aria-pressed={selected.to_string()}
                                    {onclick} {onkeydown}>
                                    <title>{ &s.description }</title>
                                </path>
                            }
                        }
                        None => html! {
                            <path {class} id={format!("map-{}", s.shape.id)} d={s.shape.d} aria-hidden="true">
                                <title>{ &s.description }</title>
                            </path>
                        },
                    }
                }) }
                <path class="map-border" d={map::BORDER} aria-hidden="true" />
                <g class="map-labels" aria-hidden="true">
                    { for states.iter().map(|s| html! {
                        <text x={s.shape.label.0.to_string()} y={s.shape.label.1.to_string()}>{ s.name }</text>
                    }) }
                    if let Some(afg) = afghanistan {
                        <text class="map-label-afghanistan" x={afg.label.0.to_string()} y={afg.label.1.to_string()}>{ lang.t(Key::MapAfghanistan) }</text>
                    }
                </g>
            </svg>
            </div>
            <p class="map-key muted"><span class="map-key-border" aria-hidden="true"></span>{ lang.t(Key::MapBorder) }</p>
            <p class="muted map-credit">{ lang.t(Key::MapCredit) }</p>
        </div>
    }
}
