//! Mounts the explorer into the page's `#app` element: hydrates the view the build prerendered
//! there (`tools/prerender.rs`), or renders afresh into a page that has none.

use csto_explorer::app::{App, AppProps, Prerendered, Start};
use csto_explorer::web::in_next_task;

fn main() {
    csto_explorer::web::install_panic_screen();
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
        Some(prerendered) => {
            // The prerendered page is already on screen, so taking it over is spread over
            // tasks, none of which should hold a slow phone for 50 ms: the dataset is unpacked
            // and the address read in one, hydration starts in the next. (V8 compiles each wasm
            // function on its first call, so a first task is longer than the same work later.)
            in_next_task(move || {
                let _ = csto_explorer::data::bundled();
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
