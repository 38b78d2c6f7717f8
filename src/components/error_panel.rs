//! Shown instead of the explorer when the dataset fails validation: every problem, by file,
//! record and field. CI makes this unreachable for the bundled data; it exists for broken builds.

use yew::prelude::*;

use crate::data::DataErrors;

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub errors: DataErrors,
}

#[component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    html! {
        <div class="app-error" role="alert" aria-labelledby="data-error-title">
            <h2 id="data-error-title">{ "The dataset could not be loaded" }</h2>
            <p>{ format!("{} problem(s) were found:", props.errors.0.len()) }</p>
            <ul>
                { for props.errors.0.iter().map(|e| html! { <li><code>{ e.to_string() }</code></li> }) }
            </ul>
        </div>
    }
}
