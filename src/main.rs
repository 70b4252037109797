//! The `weft` command line: parses options (once, here), builds the runtime in the chosen
//! modes, runs the script, and turns the outcome into an exit status like `python3` does.

mod alloc;
mod cli;

#[global_allocator]
static GLOBAL: alloc::Mimalloc = alloc::Mimalloc;

fn main() {
    let code = cli::main();
    std::process::exit(code);
}
