//! Mounts the explorer into the page's `#app` element: hydrates the view the build prerendered
//! there (`tools/prerender.rs`), or renders afresh into a page that has none.

use csto_explorer::app::{App, AppProps, Prerendered};

fn main() {
    csto_explorer::web::install_panic_screen();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an #app element");
    let prerendered = Prerendered::from_attributes(
        root.get_attribute("data-prerendered").as_deref(),
        root.get_attribute("data-today").as_deref(),
    );
    match prerendered {
        Some(prerendered) => {
            // The dataset is unpacked now, and hydration starts in a task of its own: the
            // prerendered page is already on screen, and the browser gets a moment between
            // the wasm's start and the first hydration pass (each stays well under 50 ms).
            let _ = csto_explorer::data::bundled();
            let props = AppProps {
                prerendered: Some(prerendered),
                ..AppProps::default()
            };
            gloo::timers::callback::Timeout::new(0, move || {
                yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
            })
            .forget();
        }
        None => {
            yew::Renderer::<App>::with_root(root).render();
        }
    }
}
