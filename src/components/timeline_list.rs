//! The timeline read as a list: every event and change of status in date order, with `<time>`
//! elements, for screen readers and for anyone who prefers text to a drawing.

use yew::prelude::*;

use crate::data::Day;
use crate::i18n::Key;
use crate::model::timeline::chronology;
use crate::state::DataRef;

#[derive(Properties, PartialEq)]
pub struct TimelineListProps {
    pub data: DataRef,
    pub on_select: Callback<String>,
    /// Predict-and-reveal: nothing after this day is listed.
    #[prop_or_default]
    pub until: Option<Day>,
}

#[component]
pub fn TimelineList(props: &TimelineListProps) -> Html {
    let lang = props.data.lang;
    let until = props.until;
    let shown = |date: crate::data::PartialDate| until.is_none_or(|u| date.first_day() <= u);
    let entries: Vec<_> = chronology(&props.data.ds, lang)
        .into_iter()
        .filter(|e| shown(e.date))
        .collect();
    html! {
        <details class="tl-list">
            <summary>{ lang.fill(Key::ListSummary, &[("n", &lang.integer(entries.len() as u64))]) }</summary>
            <ol>
                { for entries.iter().map(|e| {
                    let on_select = props.on_select.clone();
                    let id = e.id.clone();
                    let when = match e.end.filter(|end| shown(*end)) {
                        Some(end) => html! { <><time datetime={e.date.iso()}>{ lang.date(e.date) }</time>{ " – " }<time datetime={end.iso()}>{ lang.date(end) }</time></> },
                        None => html! { <time datetime={e.date.iso()}>{ lang.date(e.date) }</time> },
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
