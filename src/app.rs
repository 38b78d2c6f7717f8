//! The app's start: the view in the address, the language (its texts fetched first), today's
//! date, and the prerendered page it hydrates; then the explorer (`crate::shell`).

use yew::prelude::*;

use crate::components::{ErrorPanel, Hydrating, Later};
use crate::data::{self, Day};
use crate::i18n::{Key, Lang};
use crate::permalink::{self, ViewParams};
use crate::shell::Explorer;
use crate::state::DataRef;
use crate::web;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Today's date; by default the browser's clock, or the dataset's as-of date where there is
    /// no clock (the server renderer).
    #[prop_or_default]
    pub today: Option<Day>,
    /// The language; by default the address's `lang`, else the browser's preferred languages,
    /// else English.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// The view the build prerendered into the page (`tools/prerender`), when the app hydrates
    /// it: the first render must find exactly that DOM, so it draws that view, in English, on
    /// the build's day; the address's own view, language and today follow right after.
    #[prop_or_default]
    pub prerendered: Option<Prerendered>,
    /// The address and the browser's languages, when read already (`Start::read`).
    #[prop_or_default]
    pub start: Option<Start>,
    /// Drawn out of sight beside a prerendered page it does not hydrate (one view alone): its
    /// sections are drawn one per task, as when hydrating, and shown together when it goes live.
    #[prop_or_default]
    pub staged: bool,
}

/// What the build rendered into the page: the view (the default one, or the embedded layout)
/// and the day it took for today. Written on `#app` as `data-prerendered` and `data-today`.
#[derive(Clone, Debug, PartialEq)]
pub struct Prerendered {
    pub view: ViewParams,
    pub today: Day,
}

impl Prerendered {
    /// The attributes `#app` carries for this prerendered view.
    pub fn attributes(&self) -> String {
        format!(
            r#"data-prerendered="{}" data-today="{}""#,
            permalink::to_query(&self.view).trim_start_matches('?'),
            self.today.iso()
        )
    }

    /// Reads the attributes back (`None` when the page was not prerendered or they are not
    /// ours: the app then renders afresh).
    pub fn from_attributes(view: Option<&str>, today: Option<&str>) -> Option<Prerendered> {
        let (view, warnings) = permalink::parse(view?);
        let today = Day::parse_iso(today?)?;
        warnings.is_empty().then_some(Prerendered { view, today })
    }
}

/// What the page starts from: the view in the address (with warnings for what it had to drop)
/// and the language the browser alone would choose.
#[derive(Clone, PartialEq)]
pub struct Start {
    view: ViewParams,
    warnings: Vec<String>,
    browser_lang: Lang,
}

impl Start {
    /// Reads the address and the browser's languages.
    pub fn read() -> Start {
        let (view, warnings) = web::address_view();
        Start {
            view,
            warnings,
            browser_lang: web::browser_lang(),
        }
    }

    /// The language the page opens in: the address's, else the browser's.
    pub fn lang(&self) -> Lang {
        self.view.lang.unwrap_or(self.browser_lang)
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let start = use_memo((), |_| props.start.clone().unwrap_or_else(Start::read));
    let lang = props.lang.unwrap_or_else(|| start.lang());
    let hydrating = props.prerendered.clone();
    // Hydrating, the first render is the prerendered one (English); the reader's language
    // follows once its texts are here.
    let first_lang = if hydrating.is_some() {
        Lang::ENGLISH
    } else {
        lang
    };
    // A language other than English waits for its dataset texts (fetched once, on demand), so
    // the reader never sees English titles flash under a translated interface.
    let ready = use_state(|| data::has_translation(first_lang.code()));
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            if !*ready {
                web::when_texts_ready(first_lang, move || ready.set(true));
            }
        });
    }
    // Today: the prerendered page's day first, so hydration finds the same axis; then the
    // browser's clock.
    let clock_today = props.today.or_else(web::today);
    let today = use_state_eq(|| hydrating.as_ref().map(|p| p.today).or(clock_today));
    {
        let today = today.clone();
        use_effect_with((), move |_| today.set(clock_today.or(*today)));
    }
    // Tests and the benchmark wait for this before they interact: the prerendered page looks
    // the same before the app has taken it over.
    use_effect_with((), |_| web::app_mounted());
    if !*ready {
        return html! { <p class="loading" role="status" lang={first_lang.code()}>{ first_lang.t(Key::Loading) }</p> };
    }
    match DataRef::bundled(first_lang) {
        Ok(data) => {
            let today = today.unwrap_or_else(|| data.ds.as_of_day());
            // Hydrating, the address's view follows unless it is the one prerendered, in the
            // same language.
            let (initial, then) = match hydrating {
                Some(p) => {
                    let same = ViewParams {
                        lang: Some(lang),
                        ..start.view.clone()
                    } == ViewParams {
                        lang: Some(first_lang),
                        ..p.view.clone()
                    };
                    (p.view, (!same).then(|| start.view.clone()))
                }
                None => (start.view.clone(), None),
            };
            html! {
                <ContextProvider<Hydrating> context={Hydrating(props.prerendered.is_some() || props.staged)}>
                    // Hydrating, the shell goes first on its own: its task already compiles
                    // much of Yew (V8 compiles each wasm function on its first call).
                    <Later><Explorer data={data.clone()} {today} {initial} {then} warnings={start.warnings.clone()}
                        browser_lang={start.browser_lang} /></Later>
                </ContextProvider<Hydrating>>
            }
        }
        Err(errors) => html! {
            <main id="main" class="page"><ErrorPanel errors={errors.clone()} {lang} /></main>
        },
    }
}
