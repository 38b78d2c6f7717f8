//! The roster's date: a year slider (a native range input, so arrows, PageUp/PageDown and
//! Home/End work as in the WAI-ARIA slider pattern) with a readable date as its value text.

use yew::prelude::*;

use crate::data::Day;

#[derive(Properties, PartialEq)]
pub struct DateControlProps {
    pub date: Day,
    pub min_year: i32,
    pub max_year: i32,
    /// Emits the chosen year.
    pub on_year: Callback<i32>,
}

#[component]
pub fn DateControl(props: &DateControlProps) -> Html {
    let oninput = {
        let on_year = props.on_year.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(year) = input.value().parse::<i32>() {
                on_year.emit(year);
            }
        })
    };
    let year = props.date.year().clamp(props.min_year, props.max_year);
    html! {
        <div class="date-control">
            <label for="roster-year">{ "Roster date" }</label>
            <input
                id="roster-year"
                type="range"
                min={props.min_year.to_string()}
                max={props.max_year.to_string()}
                step="1"
                value={year.to_string()}
                aria-valuetext={props.date.display()}
                {oninput}
            />
            <output for="roster-year" class="date-output">
                <time datetime={props.date.iso()}>{ props.date.display() }</time>
            </output>
            <p class="hint">{ "Drag or use the arrow keys to step a year; click the timeline's axis for an exact day." }</p>
        </div>
    }
}
