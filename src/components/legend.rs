//! The key to the timeline's colours and patterns: each swatch carries its pattern and its name,
//! so no meaning rests on colour alone.

use yew::prelude::*;

use crate::data::Status;

#[component]
pub fn StatusLegend() -> Html {
    html! {
        <ul class="legend" aria-label="Key to the timeline">
            { for Status::ALL.iter().map(|s| html! {
                <li><span class={classes!("swatch", format!("status-{}", s.key()))} aria-hidden="true"></span>{ s.label() }</li>
            }) }
            <li><span class="swatch swatch-event" aria-hidden="true"></span>{ "Event" }</li>
            <li><span class="swatch swatch-event swatch-border" aria-hidden="true"></span>{ "Border-aid event" }</li>
            <li><span class="swatch swatch-unverified" aria-hidden="true"></span>{ "Not checked after the as-of date" }</li>
        </ul>
    }
}
