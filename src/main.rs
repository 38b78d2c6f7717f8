//! The whole explorer's app (with the `full` feature): see `boot`.

fn main() {
    csto_explorer::boot::main();
}
