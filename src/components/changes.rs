//! "What changed between two dates": two date fields and the sentences `model::changes`
//! generates for the span, framed by the roster on both days; each sentence opens its record,
//! and the whole text can be copied for an article or a worksheet.

use yew::prelude::*;

use super::share::copy_button;
use crate::data::Day;
use crate::i18n::Key;
use crate::model::changes;
use crate::state::DataRef;

#[derive(Properties, PartialEq)]
pub struct ChangesProps {
    pub data: DataRef,
    pub span: (Day, Day),
    /// The range both fields accept.
    pub min: Day,
    pub max: Day,
    pub on_span: Callback<(Day, Day)>,
    pub on_select: Callback<String>,
}

const TEXT_ID: &str = "changes-text";

#[component]
pub fn ChangesPanel(props: &ChangesProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    let changes = changes::between(ds, lang, props.span.0, props.span.1);
    let copied = use_state(String::new);
    let field = |id: &'static str, label: Key, value: Day, first: bool| {
        let on_span = props.on_span.clone();
        let (span, min, max) = (props.span, props.min, props.max);
        let onchange = Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(day) = Day::parse_iso(&input.value()).filter(|d| *d >= min && *d <= max) {
                on_span.emit(if first { (day, span.1) } else { (span.0, day) });
            }
        });
        html! {
            <span class="changes-field">
                <label for={id}>{ lang.t(label) }</label>
                <input {id} type="date" min={props.min.iso()} max={props.max.iso()} value={value.iso()} {onchange} />
            </span>
        }
    };
    let copy = copy_button(lang, changes.as_text(), TEXT_ID, copied.clone());
    html! {
        <div class="changes">
            <div class="changes-dates">
                { field("changes-from", Key::ChangesFrom, changes.from, true) }
                { field("changes-to", Key::ChangesTo, changes.to, false) }
            </div>
            <div id={TEXT_ID} class="changes-text" data-testid="changes">
                <p>{ &changes.before }</p>
                if !changes.lines.is_empty() {
                    <ul class="changes-list">
                        { for changes.lines.iter().map(|line| {
                            let on_select = props.on_select.clone();
                            let id = line.record_id.clone();
                            html! {
                                <li><button type="button" class="link-button" data-record={id.clone()}
                                    onclick={Callback::from(move |_: MouseEvent| on_select.emit(id.clone()))}>{ &line.text }</button></li>
                            }
                        }) }
                    </ul>
                }
                <p>{ &changes.after }</p>
                <p><strong>{ &changes.summary }</strong></p>
            </div>
            <button type="button" class="button" onclick={copy}>{ lang.t(Key::ChangesCopy) }</button>
            <p class="share-status" role="status">{ (*copied).clone() }</p>
        </div>
    }
}
