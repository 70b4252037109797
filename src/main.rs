//! The `weft` command line: parses options (once, here), builds the runtime in the chosen
//! modes, runs the script, and turns the outcome into an exit status like `python3` does.

use mimalloc::MiMalloc;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

mod cli;

fn main() {
    let code = cli::main();
    std::process::exit(code);
}
