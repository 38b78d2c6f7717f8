//! "Use your own data": a file picker and drop zone, the `data=` address loaded at start (after
//! asking, when it is on another site), and every problem with a dataset listed — record, field,
//! what is wrong and what was expected, in the reader's language — while the data on screen
//! stays as it was. A valid dataset goes up through `on_use`; nothing else leaves this panel.

use std::rc::Rc;

use yew::prelude::*;

use crate::data::{DataError, DataErrors, MAX_BYTES, MAX_RECORDS, Problem};
use crate::i18n::{Key, Lang};
use crate::permalink::DataPlace;
use crate::state::DataRef;
use crate::web;
use crate::web::own_data::{self, Outcome};

#[derive(Properties, PartialEq)]
pub struct OwnDataProps {
    pub data: DataRef,
    /// The `data=` address the page was opened with, if it may be loaded.
    #[prop_or_default]
    pub address: Option<String>,
    /// In an article's iframe only the loading messages show, not the form.
    #[prop_or_default]
    pub embed: bool,
    pub on_use: Callback<DataRef>,
}

#[derive(Clone, PartialEq)]
enum Phase {
    Idle,
    Checking(String),
    Fetching(String),
    /// A `data=` address on another site waits for the reader's yes.
    Asking {
        address: String,
        origin: String,
    },
    Failed(DataErrors),
    Loaded {
        label: String,
        title: String,
    },
}

const ERRORS_TITLE: &str = "own-data-errors-title";
const FILE_INPUT: &str = "own-data-file";

/// One problem as a list item: where (record and field), what is wrong, what was expected.
/// Every part is plain text, whatever the file put in its ids.
pub fn problem_item(e: &DataError, lang: Lang) -> Html {
    let (wrong, expected) = e.problem.describe(lang.code());
    let record = if e.is_top_level() {
        lang.t(Key::OwnDataTopLevel).to_owned()
    } else {
        e.record.clone()
    };
    html! {
        <li>
            <span class="problem-where"><code>{ record }</code>
                if !e.field.is_empty() { { " · " }<code>{ &e.field }</code> }
            </span>{ ": " }{ wrong }{ ". " }
            <span class="problem-expected">{ lang.t(Key::OwnDataExpected) }{ " " }{ expected }</span>
        </li>
    }
}

#[component]
pub fn OwnData(props: &OwnDataProps) -> Html {
    let lang = props.data.lang;
    let phase = use_state(|| Phase::Idle);
    let dragging = use_state(|| false);

    // What to do with a checked (or failed) dataset: use it, or list its problems.
    let finish: Rc<dyn Fn(String, Option<String>, Outcome)> = {
        let phase = phase.clone();
        let on_use = props.on_use.clone();
        Rc::new(
            move |label: String, url: Option<String>, outcome: Outcome| match outcome {
                Ok(ds) => {
                    let title = ds.title.clone();
                    on_use.emit(DataRef::custom(ds, lang, label.clone(), url));
                    phase.set(Phase::Loaded { label, title });
                }
                Err(errors) => phase.set(Phase::Failed(errors)),
            },
        )
    };
    let fetch: Rc<dyn Fn(String)> = {
        let phase = phase.clone();
        let finish = finish.clone();
        Rc::new(move |address: String| {
            phase.set(Phase::Fetching(address.clone()));
            let finish = finish.clone();
            let url = address.clone();
            own_data::fetch_dataset(address.clone(), move |outcome| {
                finish(url.clone(), Some(url), outcome)
            });
        })
    };
    {
        // The address the page opened with: at once from this site, after asking from another.
        let (phase, fetch) = (phase.clone(), fetch.clone());
        use_effect_with(props.address.clone(), move |address| {
            if let Some(address) = address.clone() {
                match own_data::place_of(&address) {
                    DataPlace::Here => fetch(address),
                    DataPlace::Elsewhere(origin) => phase.set(Phase::Asking { address, origin }),
                    DataPlace::Refused => phase.set(Phase::Failed(DataErrors::whole_file(
                        &address,
                        Problem::NotAllowedAddress(address.clone()),
                    ))),
                }
            }
        });
    }
    {
        // Problems take focus, so a keyboard or screen reader user hears them at once.
        let failed = matches!(*phase, Phase::Failed(_));
        use_effect_with(failed, |failed| {
            if *failed {
                web::focus_by_id(ERRORS_TITLE);
            }
        });
    }

    let read = {
        let phase = phase.clone();
        let finish = finish.clone();
        move |file: Option<web_sys::File>| {
            if let Some(file) = file {
                let label = file.name();
                phase.set(Phase::Checking(label.clone()));
                let finish = finish.clone();
                own_data::read_file(file, move |outcome| finish(label, None, outcome));
            }
        }
    };
    let on_pick = {
        let read = read.clone();
        Callback::from(move |e: Event| read(own_data::picked_file(&e)))
    };
    let on_drop = {
        let (read, dragging) = (read.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            read(own_data::dropped_file(&e));
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Without this the browser would open the file instead of handing it to the page.
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };

    let status = status_line(&phase, lang);
    let asking = asking_panel(&phase, &fetch, lang);
    let errors = errors_panel(&phase, lang);
    let limits = lang.fill(
        Key::OwnDataLimits,
        &[
            ("mb", &lang.integer((MAX_BYTES / 1_000_000) as u64)),
            ("records", &lang.integer(MAX_RECORDS as u64)),
        ],
    );

    // The offline copy carries the schema and the guide inside it: save from there rather than
    // follow a link to a file that is not beside it.
    let inline_file = |name: &str| web::share::save_inline_on_click(name.to_owned());

    if props.embed {
        return html! {
            <div class="own-data own-data-embedded">
                { asking }
                { errors }
                <p class="own-data-status" role="status">{ status }</p>
            </div>
        };
    }
    html! {
        <section class="panel own-data" id="own-data" aria-labelledby="own-data-title">
            <h2 id="own-data-title">{ lang.t(Key::OwnDataTitle) }</h2>
            <p class="muted">{ lang.t(Key::OwnDataIntro) }</p>
            <div class={classes!("drop-zone", dragging.then_some("dragging"))} data-testid="drop-zone"
                ondragover={on_drag_over.clone()} ondragenter={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <label for={FILE_INPUT}>{ lang.t(Key::OwnDataChoose) }</label>
                <input id={FILE_INPUT} type="file" accept=".json,application/json" onchange={on_pick} />
                <span class="muted">{ lang.t(Key::OwnDataDrop) }</span>
            </div>
            <p class="muted">{ limits }{ " " }
                <a href="data/csto.schema.json" download="csto.schema.json" onclick={inline_file("csto.schema.json")}>{ lang.t(Key::OwnDataSchema) }</a>{ " · " }
                <a href="data/csto.json" download="csto.json">{ lang.t(Key::OwnDataExample) }</a>{ " · " }
                <a href="DATASET.md" download="DATASET.md" onclick={inline_file("DATASET.md")}>{ lang.t(Key::OwnDataGuide) }</a>
            </p>
            { asking }
            { errors }
            <p class="own-data-status" role="status" data-testid="own-data-status">{ status }</p>
        </section>
    }
}

/// The one-line status under the panel: checking, fetching, or what was loaded.
fn status_line(phase: &Phase, lang: Lang) -> String {
    match phase {
        Phase::Idle | Phase::Failed(_) | Phase::Asking { .. } => String::new(),
        Phase::Checking(name) => lang.fill(Key::OwnDataChecking, &[("name", name)]),
        Phase::Fetching(name) => lang.fill(Key::OwnDataFetching, &[("name", name)]),
        Phase::Loaded { label, title } => {
            lang.fill(Key::OwnDataLoaded, &[("title", title), ("name", label)])
        }
    }
}

/// The question for a `data=` address on another site: load it, or not.
fn asking_panel(phase: &UseStateHandle<Phase>, fetch: &Rc<dyn Fn(String)>, lang: Lang) -> Html {
    let Phase::Asking { address, origin } = &**phase else {
        return Html::default();
    };
    let load = {
        let (fetch, address) = (fetch.clone(), address.clone());
        Callback::from(move |_: MouseEvent| fetch(address.clone()))
    };
    let skip = {
        let phase = phase.clone();
        Callback::from(move |_: MouseEvent| phase.set(Phase::Idle))
    };
    html! {
        <div class="own-data-ask" role="group" aria-labelledby="own-data-ask-text">
            <p id="own-data-ask-text">{ lang.fill(Key::OwnDataAsk, &[("origin", origin)]) }</p>
            <p><code class="own-data-address">{ address }</code></p>
            <p class="dialog-actions">
                <button type="button" class="button" data-testid="own-data-load" onclick={load}>{ lang.t(Key::OwnDataAskLoad) }</button>
                <button type="button" class="button" onclick={skip}>{ lang.t(Key::OwnDataAskSkip) }</button>
            </p>
        </div>
    }
}

/// Every problem with a dataset that was not loaded; the data on screen stays.
fn errors_panel(phase: &Phase, lang: Lang) -> Html {
    let Phase::Failed(errors) = phase else {
        return Html::default();
    };
    let name = errors.0.first().map_or("", |e| e.file.as_str());
    html! {
        <div class="own-data-errors" role="alert" data-testid="own-data-errors">
            <h3 id={ERRORS_TITLE} tabindex="-1">
                { lang.fill(Key::OwnDataProblems, &[("name", name), ("n", &lang.integer(errors.0.len() as u64))]) }
            </h3>
            <p>{ lang.t(Key::OwnDataKept) }</p>
            <ul class="problem-list">
                { for errors.0.iter().map(|e| problem_item(e, lang)) }
            </ul>
        </div>
    }
}
