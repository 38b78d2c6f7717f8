//! The key to the timeline's colours and patterns: each swatch carries its pattern and its name,
//! so no meaning rests on colour alone.

use yew::prelude::*;

use crate::data::Status;
use crate::i18n::{Key, Lang};

#[derive(Properties, PartialEq)]
pub struct StatusLegendProps {
    pub lang: Lang,
    /// The map's key: statuses and "not yet signed", no events.
    #[prop_or_default]
    pub map: bool,
}

#[component]
pub fn StatusLegend(props: &StatusLegendProps) -> Html {
    let lang = props.lang;
    html! {
        <ul class="legend" aria-label={lang.t(if props.map { Key::MapKey } else { Key::TimelineKey })}>
            { for Status::ALL.iter().map(|s| html! {
                <li><span class={classes!("swatch", format!("status-{}", s.key()))} aria-hidden="true"></span>{ lang.status(*s) }</li>
            }) }
            if props.map {
                <li><span class="swatch status-not-yet" aria-hidden="true"></span>{ lang.t(Key::NotYetSigned) }</li>
            } else {
                <li><span class="swatch swatch-event" aria-hidden="true"></span>{ lang.t(Key::LegendEvent) }</li>
                <li><span class="swatch swatch-event swatch-border" aria-hidden="true"></span>{ lang.t(Key::LegendBorderEvent) }</li>
                <li><span class="swatch swatch-unverified" aria-hidden="true"></span>{ lang.t(Key::LegendUnverified) }</li>
            }
        </ul>
    }
}
