//! The timeline read as a list: every event and change of status in date order, with `<time>`
//! elements, for screen readers and for anyone who prefers text to a drawing.

use yew::prelude::*;

use crate::model::timeline::chronology;
use crate::state::DataRef;

#[derive(Properties, PartialEq)]
pub struct TimelineListProps {
    pub data: DataRef,
    pub on_select: Callback<String>,
}

#[component]
pub fn TimelineList(props: &TimelineListProps) -> Html {
    let entries = chronology(props.data.0);
    html! {
        <details class="tl-list">
            <summary>{ format!("The timeline as a list ({} entries)", entries.len()) }</summary>
            <ol>
                { for entries.iter().map(|e| {
                    let on_select = props.on_select.clone();
                    let id = e.id.clone();
                    let when = match e.end {
                        Some(end) => html! { <><time datetime={e.date.iso()}>{ e.date.display() }</time>{ " – " }<time datetime={end.iso()}>{ end.display() }</time></> },
                        None => html! { <time datetime={e.date.iso()}>{ e.date.display() }</time> },
                    };
                    html! {
                        <li>
                            { when }{ format!(" · {}: ", e.subject) }
                            <button type="button" class="link-button" data-id={e.id.clone()}
                                onclick={Callback::from(move |_: MouseEvent| on_select.emit(id.clone()))}>{ &e.title }</button>
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}
