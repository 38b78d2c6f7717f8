//! Shown instead of the explorer when the dataset fails validation: every problem, by file,
//! record and field. CI makes this unreachable for the bundled data; it exists for broken builds.

use yew::prelude::*;

use crate::data::DataErrors;
use crate::i18n::{Key, Lang};

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub errors: DataErrors,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="app-error" role="alert" aria-labelledby="data-error-title">
            <h2 id="data-error-title">{ lang.t(Key::DataErrorTitle) }</h2>
            <p>{ lang.fill(Key::DataErrorCount, &[("n", &lang.integer(props.errors.0.len() as u64))]) }</p>
            <ul>
                { for props.errors.0.iter().map(|e| html! { <li><code>{ e.to_string() }</code></li> }) }
            </ul>
        </div>
    }
}
