//! Command-line parsing and the top-level run: `weft [options] script.py [args]`,
//! `weft -c CODE`, `-X` options and `PYTHON_GIL`/`PYTHON_JIT` (the mode matrix of
//! DESIGN.md), `--dump-bytecode`. Every mode switch is read here and nowhere else.

use weft_interp::modules::sys::{flush_stdout, write_stderr};
use weft_interp::{Options, RcProtocol, Runtime, ThreadMode, Vm};

/// The native stack of the thread that runs Python code: deep enough that Python's own
/// recursion limit (and the native-stack check behind it) always trips first.
const MAIN_STACK: usize = 1 << 30;

const USAGE: &str = "usage: weft [option] ... [-c cmd | file] [arg] ...
Options:
  -c cmd          program passed in as string
  -X opt          set an implementation-specific option:
                    gil=0|1          free-threaded (0, default) or one global lock (1)
                    rc=biased|atomic refcount protocol in free-threaded mode
                    specialize=0     adaptive specialization off
                    jit=0            tracing JIT off
                    stats            print runtime statistics at exit
  --dump-bytecode print the compiled bytecode of every code object, then run
  -h, --help      print this help and exit
  -V, --version   print the version and exit
Environment: PYTHON_GIL=0|1, PYTHON_JIT=0|1
";

enum Program {
    File(String),
    Command(String),
}

struct Cli {
    options: Options,
    program: Program,
    dump_bytecode: bool,
}

fn usage_error(msg: &str) -> Result<Cli, i32> {
    eprint!("{msg}\n{USAGE}");
    Err(2)
}

fn bool_switch(name: &str, value: &str) -> Result<bool, String> {
    match value {
        "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(format!("-X {name}: expected 0 or 1, got '{value}'")),
    }
}

/// Applies one `-X name[=value]` option.
fn apply_x(options: &mut Options, opt: &str) -> Result<(), String> {
    let (name, value) = match opt.split_once('=') {
        Some((n, v)) => (n, Some(v)),
        None => (opt, None),
    };
    match name {
        "gil" => {
            let on = bool_switch("gil", value.unwrap_or(""))?;
            options.thread_mode = if on {
                ThreadMode::Gil
            } else {
                ThreadMode::Free
            };
        }
        "rc" => {
            options.rc = match value {
                Some("biased") => RcProtocol::Biased,
                Some("atomic") => RcProtocol::Atomic,
                _ => {
                    return Err(format!(
                        "-X rc: expected 'biased' or 'atomic', got '{}'",
                        value.unwrap_or("")
                    ))
                }
            }
        }
        "specialize" => options.specialize = bool_switch("specialize", value.unwrap_or("1"))?,
        "jit" => {
            if bool_switch("jit", value.unwrap_or("1"))? {
                return Err(
                    "-X jit=1: the tracing JIT is not built yet in this weft; use -X jit=0".into(),
                );
            }
            options.jit = false;
        }
        "jit-threshold" => {
            return Err("-X jit-threshold: the tracing JIT is not built yet in this weft".into());
        }
        "stats" => options.stats = true,
        // CPython ignores -X options it does not know; so does weft.
        _ => {}
    }
    Ok(())
}

fn parse(args: Vec<String>) -> Result<Cli, i32> {
    let mut options = Options::default();
    // Environment first; command-line options override it.
    if let Ok(v) = std::env::var("PYTHON_GIL") {
        match v.as_str() {
            "0" => options.thread_mode = ThreadMode::Free,
            "1" => options.thread_mode = ThreadMode::Gil,
            _ => {
                eprintln!("Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"");
                return Err(1);
            }
        }
    }
    if let Ok(v) = std::env::var("PYTHON_JIT") {
        if v == "1" {
            eprintln!("weft: PYTHON_JIT=1: the tracing JIT is not built yet in this weft");
            return Err(2);
        }
    }
    let mut dump_bytecode = false;
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" | "-?" => {
                print!("{USAGE}");
                return Err(0);
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (weft {})", env!("CARGO_PKG_VERSION"));
                return Err(0);
            }
            "--dump-bytecode" => dump_bytecode = true,
            "-X" => {
                i += 1;
                let Some(opt) = args.get(i) else {
                    return usage_error("Argument expected for the -X option");
                };
                if let Err(m) = apply_x(&mut options, opt) {
                    eprintln!("weft: {m}");
                    return Err(2);
                }
            }
            "-c" => {
                i += 1;
                let Some(code) = args.get(i) else {
                    return usage_error("Argument expected for the -c option");
                };
                options.argv = std::iter::once("-c".to_string())
                    .chain(args[i + 1..].iter().cloned())
                    .collect();
                return Ok(Cli {
                    options,
                    program: Program::Command(code.clone()),
                    dump_bytecode,
                });
            }
            "-u" | "-B" | "-E" | "-s" | "-S" | "-O" | "-OO" | "-I" | "-q" => {}
            s if s.starts_with("-X") && s.len() > 2 => {
                if let Err(m) = apply_x(&mut options, &s[2..]) {
                    eprintln!("weft: {m}");
                    return Err(2);
                }
            }
            s if s.starts_with("-c") && s.len() > 2 => {
                options.argv = std::iter::once("-c".to_string())
                    .chain(args[i + 1..].iter().cloned())
                    .collect();
                return Ok(Cli {
                    options,
                    program: Program::Command(s[2..].to_string()),
                    dump_bytecode,
                });
            }
            s if s.starts_with('-') && s != "-" => {
                return usage_error(&format!("Unknown option: {s}"));
            }
            _ => {
                options.argv = args[i..].to_vec();
                let dir = std::path::Path::new(a)
                    .parent()
                    .map(|p| p.to_string_lossy().to_string())
                    .unwrap_or_default();
                options.script_dir = Some(dir);
                return Ok(Cli {
                    options,
                    program: Program::File(a.clone()),
                    dump_bytecode,
                });
            }
        }
        i += 1;
    }
    usage_error("weft: no script given (interactive mode is not supported)")
}

/// Parses the command line and runs the program on a thread with a large stack; returns
/// the process exit status.
pub fn main() -> i32 {
    let args: Vec<String> = std::env::args().collect();
    let cli = match parse(args) {
        Ok(c) => c,
        Err(code) => return code,
    };
    std::panic::set_hook(Box::new(|info| {
        flush_stdout();
        eprintln!("Fatal Python error: weft internal error: {info}");
    }));
    let runner = std::thread::Builder::new()
        .name("weft-main".into())
        .stack_size(MAIN_STACK)
        .spawn(move || run(cli));
    let code = match runner {
        Ok(handle) => handle.join().unwrap_or(1),
        Err(e) => {
            eprintln!("weft: cannot start the interpreter thread: {e}");
            1
        }
    };
    flush_stdout();
    code
}

fn run(cli: Cli) -> i32 {
    weft_interp::vm::set_native_stack_size(MAIN_STACK);
    let rt = Runtime::init(cli.options);
    let _ = rt;
    let vm = Vm::new();
    if cli.dump_bytecode {
        let (source, filename) = match &cli.program {
            Program::File(f) => match std::fs::read_to_string(f) {
                Ok(s) => (s, f.clone()),
                Err(e) => {
                    eprintln!("weft: can't open file '{f}': {e}");
                    return 2;
                }
            },
            Program::Command(c) => (c.clone(), "<string>".to_string()),
        };
        if let Ok(unit) = weft_interp::compile::compile(
            &source,
            &filename,
            weft_interp::compile::CompileMode::Exec,
        ) {
            print!("{}", weft_interp::bytecode::disassemble(&unit));
        }
    }
    let result = match &cli.program {
        Program::File(f) => {
            if !std::path::Path::new(f).exists() {
                let exe = std::env::args().next().unwrap_or_else(|| "weft".into());
                eprintln!("{exe}: can't open file '{f}': [Errno 2] No such file or directory");
                return 2;
            }
            weft_interp::modules::run_main_file(&vm, f)
        }
        Program::Command(c) => weft_interp::modules::run_main_source(&vm, c, "<string>", None),
    };
    let code = match result {
        Ok(()) => 0,
        Err(e) => weft_interp::modules::exit_status_for(&vm, &e),
    };
    // Join non-daemon threads (`threading._shutdown`), then park the daemon ones.
    weft_interp::thread::shutdown(&vm);
    weft_interp::modules::run_exit_sequence(&vm);
    weft_interp::modules::posix::flush_open_files();
    flush_stdout();
    if vm.rt.options.stats {
        write_stderr(&weft_interp::modules::stats_report(&vm));
    }
    code
}
