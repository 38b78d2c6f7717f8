//! Mounts the explorer into the page's `#app` element: hydrates the view the build prerendered
//! there (`src/bin/prerender.rs`), or renders afresh into a page that has none. Shared by the
//! two app binaries (`src/main.rs`, the whole explorer; `src/bin/csto-view.rs`, one view).

use crate::app::{App, AppProps, Prerendered, Start};
use crate::web::in_next_task;

pub fn main() {
    crate::web::install_panic_screen();
    // Instantiating the wasm is a task of its own; the page's work starts in the next one.
    in_next_task(start);
}

fn start() {
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an #app element");
    let prerendered = Prerendered::from_attributes(
        root.get_attribute("data-prerendered").as_deref(),
        root.get_attribute("data-today").as_deref(),
    );
    match prerendered {
        // Built for one view alone (without the `full` feature), the app cannot hydrate the
        // prerendered page, which it has no code for. It draws its view afresh beside it, out of
        // sight and a section per task, once the view's language has its texts; the drawn view
        // takes the prerendered page's place when the page goes live (`web::reveal_staged`).
        // The dataset is unpacked in a task before the drawing's, as when hydrating.
        Some(_) if !crate::shell::FULL => in_next_task(move || {
            let _ = crate::data::bundled();
            let start = Start::read();
            crate::web::when_texts_ready(start.lang(), move || {
                in_next_task(move || {
                    let Some(staging) = crate::web::staging_beside(&root) else {
                        return;
                    };
                    let props = AppProps {
                        start: Some(start),
                        staged: true,
                        ..AppProps::default()
                    };
                    yew::Renderer::<App>::with_root_and_props(staging, props).render();
                });
            });
        }),
        Some(prerendered) => {
            // The prerendered page is already on screen, so taking it over is spread over
            // tasks, none of which should hold a slow phone for 50 ms: the dataset is unpacked
            // and the address read in one, hydration starts in the next. (V8 compiles each wasm
            // function on its first call, so a first task is longer than the same work later.)
            in_next_task(move || {
                let _ = crate::data::bundled();
                let props = AppProps {
                    prerendered: Some(prerendered),
                    start: Some(Start::read()),
                    ..AppProps::default()
                };
                in_next_task(move || {
                    yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
                });
            });
        }
        None => {
            yew::Renderer::<App>::with_root(root).render();
        }
    }
}
