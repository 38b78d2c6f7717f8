//! The dataset checker, run as a Web Worker (`check-data.js`, started through
//! `check-data-loader.js`): it parses and validates a reader's own dataset off the main thread and
//! sends back the dataset or every problem as postcard bytes. Keeping the JSON parser and the
//! validator here leaves them out of the page's own wasm, which needs neither to show our data.

fn main() {
    csto_explorer::web::checker::serve();
}
