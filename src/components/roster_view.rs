//! The roster at the chosen date: states grouped by standing, each group counted, with a warning
//! when the date is later than the facts were checked.

use yew::prelude::*;

use crate::data::Day;
use crate::i18n::Key;
use crate::model::roster::{STANDING_ORDER, roster_at};
use crate::state::DataRef;

#[derive(Properties, PartialEq)]
pub struct RosterViewProps {
    pub data: DataRef,
    pub date: Day,
    pub on_select: Callback<String>,
    /// The groups' heading level: one below the view's title (`h3` on the page, `h2` alone).
    #[prop_or(3)]
    pub heading_level: u8,
}

#[component]
pub fn RosterView(props: &RosterViewProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    let roster = roster_at(ds, props.date);
    html! {
        <div class="roster">
            <p class="roster-headline" data-testid="roster-headline">{ roster.headline(lang) }</p>
            if roster.unverified {
                <p class="warning">{ lang.fill(Key::RosterAfterAsOf, &[("date", &lang.date(ds.as_of))]) }</p>
            }
            <div class="roster-groups">
                { for STANDING_ORDER.iter().filter(|s| roster.count(**s) > 0).map(|standing| {
                    let entries = roster.with(*standing);
                    html! {
                        <div class={classes!("roster-group", format!("status-{}", standing.key()))} data-standing={standing.key()}>
                            <@{format!("h{}", props.heading_level.clamp(2, 6))} class="roster-group-title">
                                <span class={classes!("swatch", format!("status-{}", standing.key()))} aria-hidden="true"></span>
                                { format!("{} ({})", standing.label(lang), entries.len()) }</@>
                            <ul>
                                { for entries.iter().map(|e| {
                                    let label = e.state.name.clone();
                                    match e.period {
                                        Some(p) => {
                                            let on_select = props.on_select.clone();
                                            let id = p.id.clone();
                                            html! { <li><button type="button" class="link-button" data-state={e.state.id.clone()}
                                                onclick={Callback::from(move |_: MouseEvent| on_select.emit(id.clone()))}>{ label }</button></li> }
                                        }
                                        None => html! { <li data-state={e.state.id.clone()}>{ label }</li> },
                                    }
                                }) }
                            </ul>
                        </div>
                    }
                }) }
            </div>
        </div>
    }
}
