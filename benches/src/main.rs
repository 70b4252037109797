//! `weft-benches`: the experiment runner's entry point (see `weft_benches::run` and
//! `cli::USAGE`). Owns nothing but argument hand-over.

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let display = std::iter::once("weft-benches".to_string())
        .chain(argv.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    let args = match weft_benches::cli::parse(&argv) {
        Ok(a) => a,
        Err(e) => {
            eprint!("weft-benches: {e}\n{}", weft_benches::cli::USAGE);
            std::process::exit(2);
        }
    };
    std::process::exit(weft_benches::run(args, &display));
}
