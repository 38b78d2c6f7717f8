//! The roster's date: a year slider (a native range input, so arrows, PageUp/PageDown and
//! Home/End work as in the WAI-ARIA slider pattern) with a readable date as its value text, an
//! exact-day field, and a button that plays the roster through the years (and pauses it).

use yew::prelude::*;

use crate::data::Day;
use crate::i18n::{Key, Lang};

#[derive(Properties, PartialEq)]
pub struct DateControlProps {
    pub lang: Lang,
    pub date: Day,
    pub min_year: i32,
    pub max_year: i32,
    /// Emits the chosen year.
    pub on_year: Callback<i32>,
    /// The range of the exact-day field.
    pub min_day: Day,
    pub max_day: Day,
    /// Emits an exact day.
    pub on_day: Callback<Day>,
    /// Whether the roster is playing through the years; the button starts and pauses it.
    #[prop_or_default]
    pub playing: bool,
    #[prop_or_default]
    pub on_play: Callback<()>,
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
    let onchange = {
        let on_day = props.on_day.clone();
        let (min, max) = (props.min_day, props.max_day);
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(day) = Day::parse_iso(&input.value()).filter(|d| *d >= min && *d <= max) {
                on_day.emit(day);
            }
        })
    };
    let year = props.date.year().clamp(props.min_year, props.max_year);
    let lang = props.lang;
    let date_text = lang.day(props.date);
    html! {
        <div class="date-control">
            <label for="roster-year">{ lang.t(Key::RosterDate) }</label>
            <input
                id="roster-year"
                type="range"
                min={props.min_year.to_string()}
                max={props.max_year.to_string()}
                step="1"
                value={year.to_string()}
                aria-valuetext={date_text.clone()}
                {oninput}
            />
            <output for="roster-year" class="date-output">
                <time datetime={props.date.iso()}>{ date_text }</time>
            </output>
            <label for="roster-day" class="day-label">{ lang.t(Key::ExactDay) }</label>
            <input id="roster-day" type="date" min={props.min_day.iso()} max={props.max_day.iso()}
                value={props.date.iso()} {onchange} />
            <p class="hint">{ lang.t(Key::SliderHint) }</p>
            <button type="button" class="play-button" data-testid="play-years"
                onclick={props.on_play.reform(|_: MouseEvent| ())}>
                <span aria-hidden="true">{ if props.playing { "❚❚ " } else { "▶ " } }</span>
                { lang.t(if props.playing { Key::PauseYears } else { Key::PlayYears }) }
            </button>
        </div>
    }
}
