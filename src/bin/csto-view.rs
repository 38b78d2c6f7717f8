//! The app for one graphic alone (`?view=`; built without the `full` feature): the same start
//! as `src/main.rs`, with a smaller wasm, because the page and the story are left out.

fn main() {
    csto_explorer::boot::main();
}
