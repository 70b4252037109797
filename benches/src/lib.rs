//! weft-benches: the experiment runner over weft's mode matrix.
//!
//! Owns: the top-level flow of `cargo run --release -p weft-benches -- ...` (`run`):
//! find weft and the programs, pick the configurations, run the plan, write the report.
//! The pieces: `cli` (options), `config` (the mode matrix), `programs` (the suites),
//! `exec` (processes and timing), `runner` (order of runs, output checks), `stats`,
//! `report` (tables, JSON, the README figures), `svg` (plots), `json`.
//! Must not: link the interpreter (every figure comes from separate processes; the
//! criterion micro-benchmarks in `benches/` are where weft-interp is used in-process).

pub mod cli;
pub mod config;
pub mod exec;
pub mod json;
pub mod programs;
pub mod report;
pub mod runner;
pub mod stats;
pub mod svg;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use cli::{Args, SuiteSel};
use programs::Suite;
use runner::{find_on_path, Plan};

/// The markers in the README between which `--update-readme` writes the figures.
pub const README_BEGIN: &str =
    "<!-- experiments:begin (written by weft-benches --update-readme) -->";
pub const README_END: &str = "<!-- experiments:end -->";

/// (year, month, day, hour, minute, second) in UTC of `secs` since the Unix epoch.
pub fn utc_from_unix(secs: u64) -> (i64, u32, u32, u32, u32, u32) {
    let days = (secs / 86400) as i64;
    let rem = secs % 86400;
    // Days to civil date (proleptic Gregorian), after Howard Hinnant's algorithm.
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (
        y,
        m,
        d,
        (rem / 3600) as u32,
        (rem % 3600 / 60) as u32,
        (rem % 60) as u32,
    )
}

fn now_utc() -> (i64, u32, u32, u32, u32, u32) {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    utc_from_unix(secs)
}

/// The commit of the repository at `root`, with `+dirty` when tracked files differ.
pub fn git_commit(root: &Path) -> String {
    let out = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(root)
        .output();
    let Some(out) = out.ok().filter(|o| o.status.success()) else {
        return "unknown".into();
    };
    let mut c = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let dirty = Command::new("git")
        .args(["status", "--porcelain", "--untracked-files=no"])
        .current_dir(root)
        .output()
        .map(|o| !o.stdout.is_empty())
        .unwrap_or(false);
    if dirty {
        c.push_str("+dirty");
    }
    c
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// Replaces the text between the README markers with `figures`; an error when the
/// markers are missing.
pub fn splice_readme(readme: &str, figures: &str) -> Result<String, String> {
    let b = readme
        .find(README_BEGIN)
        .ok_or_else(|| format!("marker not found: {README_BEGIN}"))?;
    let after = b + README_BEGIN.len();
    let e = readme[after..]
        .find(README_END)
        .map(|e| after + e)
        .ok_or_else(|| format!("marker not found: {README_END}"))?;
    Ok(format!(
        "{}\n\n{}\n{}",
        &readme[..after],
        figures.trim_end(),
        &readme[e..]
    ))
}

fn version_line(path: &Path) -> String {
    match Command::new(path).arg("--version").output() {
        Ok(o) => {
            let s = if o.stdout.is_empty() {
                o.stderr
            } else {
                o.stdout
            };
            String::from_utf8_lossy(&s)
                .lines()
                .next()
                .unwrap_or("")
                .trim()
                .to_string()
        }
        Err(_) => "unknown version".into(),
    }
}

/// The interpreter behind `path` (`sys.executable`): a launcher such as a pyenv shim
/// would otherwise add its own start-up to every run. `path` itself when that fails.
fn real_interpreter(path: &Path) -> PathBuf {
    Command::new(path)
        .args(["-c", "import sys; print(sys.executable)"])
        .stdin(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .filter(|p| p.is_file())
        .unwrap_or_else(|| path.to_path_buf())
}

/// The repository root (the parent of `benches/`).
pub fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// Runs the whole experiment for `args`; returns the process exit status (0: every run
/// succeeded and all outputs agreed; 1: a run failed or an output differed; 2: usage).
pub fn run(args: Args, argv_display: &str) -> i32 {
    if args.help {
        print!("{}", cli::USAGE);
        return 0;
    }
    let root = repo_root();
    let bench_dir = root.join("benches");
    let started = Instant::now();
    let load_before = load_average();
    // Taken before the runs, so that edits made while they go on do not show.
    let commit = git_commit(&root);

    let weft = match &args.weft {
        Some(w) => w.clone(),
        None => {
            let exe_dir = std::env::current_exe()
                .ok()
                .and_then(|p| p.parent().map(Path::to_path_buf))
                .unwrap_or_else(|| root.join("target/release"));
            // Inside target/<profile>/ (or target/<profile>/deps/ for tests).
            let dir = if exe_dir.ends_with("deps") {
                exe_dir.parent().map(Path::to_path_buf).unwrap_or(exe_dir)
            } else {
                exe_dir
            };
            dir.join("weft")
        }
    };
    if args.build && args.weft.is_none() && !args.list {
        if let Some(cargo) = std::env::var_os("CARGO") {
            eprintln!(
                "weft-benches: cargo build --release -p weft (so the weft measured is this tree's)"
            );
            let ok = Command::new(cargo)
                .args(["build", "--release", "-p", "weft", "--bin", "weft"])
                .arg("--manifest-path")
                .arg(root.join("Cargo.toml"))
                .status()
                .map(|s| s.success())
                .unwrap_or(false);
            if !ok {
                eprintln!("weft-benches: building weft failed");
                return 1;
            }
        }
    }
    if !weft.is_file() {
        eprintln!(
            "weft-benches: no weft binary at {} (build it with `cargo build --release`, or pass --weft PATH)",
            weft.display()
        );
        return 2;
    }

    let axes = config::probe_axes(&weft);
    let all = config::matrix(&axes);
    let configs = match config::select(&all, args.modes.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("weft-benches: {e}");
            return 2;
        }
    };

    let mut single = Vec::new();
    let mut threads = Vec::new();
    if args.suite != SuiteSel::Threads {
        match programs::discover(&bench_dir, Suite::Single) {
            Ok(p) => single = programs::filter(p, args.programs.as_deref()),
            Err(e) => {
                eprintln!("weft-benches: {e}");
                return 2;
            }
        }
    }
    if args.suite != SuiteSel::Single {
        match programs::discover(&bench_dir, Suite::Threads) {
            Ok(p) => threads = programs::filter(p, args.programs.as_deref()),
            Err(e) => {
                eprintln!("weft-benches: {e}");
                return 2;
            }
        }
    }
    if single.is_empty() && threads.is_empty() {
        eprintln!("weft-benches: no program matches");
        return 2;
    }

    let mut compare = Vec::new();
    let mut compare_missing = Vec::new();
    for name in &args.compare {
        match find_on_path(name) {
            Some(p) => compare.push((name.clone(), real_interpreter(&p))),
            None => {
                eprintln!("weft-benches: '{name}' is not on PATH; skipped");
                compare_missing.push(name.clone());
            }
        }
    }

    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let thread_counts = args
        .threads
        .clone()
        .unwrap_or_else(|| cli::default_threads(cores));

    let names: Vec<String> = configs
        .iter()
        .map(|c| c.name.clone())
        .chain(compare.iter().map(|c| c.0.clone()))
        .collect();
    let baseline = match &args.baseline {
        Some(b) if names.contains(b) => b.clone(),
        Some(b) => {
            eprintln!(
                "weft-benches: --baseline {b} is not among the measured: {}",
                names.join(", ")
            );
            return 2;
        }
        None if names.iter().any(|n| n == "gil") => "gil".into(),
        None => names[0].clone(),
    };
    let ceiling_config = if args.ceiling && !threads.is_empty() {
        configs
            .iter()
            .position(|c| c.name == "free-biased")
            .or_else(|| configs.iter().position(|c| c.free))
            .or(Some(0))
    } else {
        None
    };

    let (y, mo, d, h, mi, s) = now_utc();
    let out_dir = args.out.clone().unwrap_or_else(|| {
        root.join("target/weft-benches")
            .join(format!("{y:04}{mo:02}{d:02}-{h:02}{mi:02}{s:02}"))
    });
    let scratch = out_dir.join(".scratch");
    if let Err(e) = std::fs::create_dir_all(&scratch) {
        eprintln!("weft-benches: {}: {e}", scratch.display());
        return 2;
    }

    let plan = Plan {
        weft: weft.clone(),
        configs: configs.clone(),
        compare: compare.clone(),
        single,
        threads,
        thread_counts: thread_counts.clone(),
        rounds: args.rounds(),
        warmup: args.warmup(),
        quick: args.quick,
        limit: Duration::from_secs(args.timeout()),
        ceiling_config,
        scratch: scratch.clone(),
    };

    if args.list {
        println!("weft: {}", weft.display());
        for c in &configs {
            println!("configuration {:<24} {}", c.name, c.args.join(" "));
        }
        for a in config::OPTIONAL_AXES {
            if !axes.iter().any(|x| x.key == a.key) {
                println!("not built: -X {}=1 ({})", a.key, a.what);
            }
        }
        for p in plan.single.iter().chain(&plan.threads) {
            println!(
                "{:<8} {:<18} quick-arg {}",
                p.suite.dir(),
                p.name,
                p.quick_arg.as_deref().unwrap_or("-")
            );
        }
        println!("{} processes", plan.process_count());
        let _ = std::fs::remove_dir_all(&scratch);
        return 0;
    }

    eprintln!(
        "weft-benches: {} configurations ({}), {} + {} programs, threads {:?}, {} runs + {} warm-up, {} processes; report in {}",
        configs.len(),
        configs.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", "),
        plan.single.len(),
        plan.threads.len(),
        thread_counts,
        plan.rounds,
        plan.warmup,
        plan.process_count(),
        out_dir.display()
    );
    let mut progress = |s: &str| {
        eprint!("{s}");
        let _ = std::io::stderr().flush();
    };
    let series = plan.execute(&mut progress);
    let _ = std::fs::remove_dir_all(&scratch);

    let meta = report::Meta {
        date: format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02} UTC"),
        commit,
        cores,
        command_line: argv_display.to_string(),
        weft: weft.display().to_string(),
        quick: args.quick,
        rounds: plan.rounds,
        warmup: plan.warmup,
        thread_counts,
        configs,
        compare: compare
            .iter()
            .map(|(n, p)| (n.clone(), p.display().to_string(), version_line(p)))
            .collect(),
        compare_missing,
        axes_missing: report::Meta::missing_axes_from(config::OPTIONAL_AXES, &axes),
        baseline,
        ceiling_config: ceiling_config.map(|i| plan.configs[i].name.clone()),
        load_before,
        load_after: load_average(),
        elapsed_s: started.elapsed().as_secs_f64(),
    };
    match report::write_all(&out_dir, &meta, &series) {
        Ok(files) => {
            let a = report::Analysis::new(&meta, &series);
            println!("{}", report::experiments_md(&a));
            let problems = a.problems();
            for p in &problems {
                eprintln!("weft-benches: {}", p.lines().next().unwrap_or(""));
            }
            eprintln!(
                "weft-benches: wrote {} in {} ({:.0} s)",
                files.join(", "),
                out_dir.display(),
                meta.elapsed_s
            );
            if let Some(readme) = &args.update_readme {
                let figures = report::experiments_md(&a);
                let r = std::fs::read_to_string(readme)
                    .map_err(|e| e.to_string())
                    .and_then(|t| splice_readme(&t, &figures))
                    .and_then(|t| std::fs::write(readme, t).map_err(|e| e.to_string()));
                if let Err(e) = r {
                    eprintln!("weft-benches: --update-readme {}: {e}", readme.display());
                    return 1;
                }
                eprintln!("weft-benches: updated the figures in {}", readme.display());
            }
            if problems.is_empty() {
                0
            } else {
                1
            }
        }
        Err(e) => {
            eprintln!("weft-benches: writing the report: {e}");
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates() {
        assert_eq!(utc_from_unix(0), (1970, 1, 1, 0, 0, 0));
        // 2000-02-29 12:34:56
        assert_eq!(utc_from_unix(951_827_696), (2000, 2, 29, 12, 34, 56));
        // 2026-11-22 09:36:09
        assert_eq!(utc_from_unix(1_795_340_169), (2026, 11, 22, 9, 36, 9));
    }

    #[test]
    fn readme_splice() {
        let r = format!("# x\n{README_BEGIN}\nold\n{README_END}\nrest\n");
        let n = splice_readme(&r, "new table\n").unwrap();
        assert_eq!(
            n,
            format!("# x\n{README_BEGIN}\n\nnew table\n{README_END}\nrest\n")
        );
        // Idempotent shape: splicing again replaces the new text.
        let n2 = splice_readme(&n, "newer\n").unwrap();
        assert!(n2.contains("newer") && !n2.contains("new table"));
        assert!(splice_readme("no markers", "x").is_err());
    }
}
