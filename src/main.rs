//! Mounts the explorer into the page's `#app` element.

fn main() {
    csto_explorer::web::install_panic_screen();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an #app element");
    yew::Renderer::<csto_explorer::App>::with_root(root).render();
}
