//! The runner's command line.
//!
//! Owns: parsing `weft-benches [options]` into `Args` and the usage text. Must not: run
//! anything or look at the file system.

use std::path::PathBuf;

pub const USAGE: &str = "usage: cargo run --release -p weft-benches -- [options]

Runs weft's benchmark programs in every configuration of the mode matrix that this weft
has (gil / free-biased / free-atomic, × -X specialize, × -X jit once they are built) and
writes DIR/report.md, DIR/report.json, DIR/experiments.md and SVG plots.

Options:
  --quick               small sizes (# quick-arg), 3 runs + 1 warm-up (under 5 minutes)
  --out DIR             where the report goes (default: target/weft-benches/<date-time>)
  --modes LIST          configurations, comma-separated, in column order (default: all;
                        e.g. gil,free-biased,free-atomic)
  --threads LIST        thread counts of the thread workloads (default: 1, 2, 4, ... up to
                        the number of cores)
  --compare LIST        other interpreters for the single-thread programs, e.g. python3,pypy3
                        (those not on PATH are reported and skipped)
  --suite single|threads|all   which programs (default: all)
  --programs LIST       only programs whose name contains one of these words
  --rounds N            timed runs per figure (default: 5, --quick: 3)
  --warmup N            untimed runs first (default: 1)
  --baseline NAME       the configuration (or interpreter) ratios are taken against
                        (default: gil)
  --no-ceiling          skip the machine-ceiling runs (N independent 1-thread processes)
  --timeout SECS        time limit of one run (default: 600, --quick: 120)
  --weft PATH           the weft binary (default: target/release/weft, rebuilt first with
                        `cargo build --release -p weft` when run through cargo)
  --no-build            do not rebuild weft first
  --update-readme FILE  also replace the figures between the experiments markers in FILE
  --list                list the programs and configurations, run nothing
  -h, --help            this text
";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SuiteSel {
    All,
    Single,
    Threads,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Args {
    pub quick: bool,
    pub out: Option<PathBuf>,
    pub modes: Option<String>,
    pub threads: Option<Vec<usize>>,
    pub compare: Vec<String>,
    pub suite: SuiteSel,
    pub programs: Option<String>,
    pub rounds: Option<usize>,
    pub warmup: Option<usize>,
    pub baseline: Option<String>,
    pub ceiling: bool,
    pub timeout: Option<u64>,
    pub weft: Option<PathBuf>,
    pub build: bool,
    pub update_readme: Option<PathBuf>,
    pub list: bool,
    pub help: bool,
}

impl Default for Args {
    fn default() -> Self {
        Args {
            quick: false,
            out: None,
            modes: None,
            threads: None,
            compare: Vec::new(),
            suite: SuiteSel::All,
            programs: None,
            rounds: None,
            warmup: None,
            baseline: None,
            ceiling: true,
            timeout: None,
            weft: None,
            build: true,
            update_readme: None,
            list: false,
            help: false,
        }
    }
}

impl Args {
    pub fn rounds(&self) -> usize {
        self.rounds.unwrap_or(if self.quick { 3 } else { 5 })
    }

    pub fn warmup(&self) -> usize {
        self.warmup.unwrap_or(1)
    }

    pub fn timeout(&self) -> u64 {
        self.timeout.unwrap_or(if self.quick { 120 } else { 600 })
    }
}

fn positive(opt: &str, v: &str) -> Result<usize, String> {
    match v.trim().parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("{opt}: expected a positive integer, got '{v}'")),
    }
}

/// The default thread counts: powers of two up to the core count, and the core count.
pub fn default_threads(cores: usize) -> Vec<usize> {
    let cores = cores.max(2);
    let mut v = Vec::new();
    let mut n = 1;
    while n < cores {
        v.push(n);
        n *= 2;
    }
    v.push(cores);
    v
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Args, String> {
    let mut a = Args::default();
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        // Accept both `--opt VALUE` and `--opt=VALUE`.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg, None),
        };
        let mut value = || -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("{name}: expected a value"))
        };
        match name {
            "--quick" => a.quick = true,
            "--out" => a.out = Some(PathBuf::from(value()?)),
            "--modes" => a.modes = Some(value()?),
            "--threads" => {
                let v = value()?;
                let mut list = Vec::new();
                for t in v.split(',').filter(|t| !t.trim().is_empty()) {
                    list.push(positive("--threads", t)?);
                }
                if list.is_empty() {
                    return Err("--threads: expected a list such as 1,2,4".into());
                }
                list.sort_unstable();
                list.dedup();
                if list[0] != 1 {
                    // Speed-ups are taken against one thread.
                    list.insert(0, 1);
                }
                a.threads = Some(list);
            }
            "--compare" => {
                let v = value()?;
                a.compare.extend(
                    v.split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from),
                );
            }
            "--suite" => {
                a.suite = match value()?.as_str() {
                    "all" => SuiteSel::All,
                    "single" => SuiteSel::Single,
                    "threads" => SuiteSel::Threads,
                    other => {
                        return Err(format!(
                            "--suite: expected single, threads or all, got '{other}'"
                        ))
                    }
                }
            }
            "--programs" => a.programs = Some(value()?),
            "--rounds" => a.rounds = Some(positive("--rounds", &value()?)?),
            "--warmup" => {
                let v = value()?;
                a.warmup = Some(
                    v.trim()
                        .parse()
                        .map_err(|_| format!("--warmup: expected an integer, got '{v}'"))?,
                );
            }
            "--baseline" => a.baseline = Some(value()?),
            "--no-ceiling" => a.ceiling = false,
            "--timeout" => a.timeout = Some(positive("--timeout", &value()?)? as u64),
            "--weft" => a.weft = Some(PathBuf::from(value()?)),
            "--no-build" => a.build = false,
            "--update-readme" => a.update_readme = Some(PathBuf::from(value()?)),
            "--list" => a.list = true,
            "-h" | "--help" => a.help = true,
            other => return Err(format!("unknown option '{other}'")),
        }
        i += 1;
    }
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<Args, String> {
        parse(&s.split_whitespace().map(String::from).collect::<Vec<_>>())
    }

    #[test]
    fn parses_the_issue_command() {
        let a = p(
            "--quick --out /tmp/r --modes gil,free-biased --threads 4,2 --compare python3,pypy3",
        )
        .unwrap();
        assert!(a.quick);
        assert_eq!(a.out, Some(PathBuf::from("/tmp/r")));
        assert_eq!(a.modes.as_deref(), Some("gil,free-biased"));
        assert_eq!(a.threads, Some(vec![1, 2, 4]));
        assert_eq!(a.compare, ["python3", "pypy3"]);
        assert_eq!((a.rounds(), a.warmup(), a.timeout()), (3, 1, 120));
    }

    #[test]
    fn defaults_and_equals_form() {
        let a = p("").unwrap();
        assert_eq!(a, Args::default());
        assert_eq!((a.rounds(), a.warmup()), (5, 1));
        let a = p("--rounds=7 --suite=threads --warmup 0 --no-ceiling --no-build").unwrap();
        assert_eq!(a.rounds(), 7);
        assert_eq!(a.warmup(), 0);
        assert_eq!(a.suite, SuiteSel::Threads);
        assert!(!a.ceiling && !a.build);
    }

    #[test]
    fn errors() {
        assert!(p("--rounds 0").is_err());
        assert!(p("--threads x").is_err());
        assert!(p("--suite both").is_err());
        assert!(p("--out").is_err());
        assert!(p("--frobnicate").is_err());
    }

    #[test]
    fn default_thread_counts() {
        assert_eq!(default_threads(1), [1, 2]);
        assert_eq!(default_threads(2), [1, 2]);
        assert_eq!(default_threads(6), [1, 2, 4, 6]);
        assert_eq!(default_threads(8), [1, 2, 4, 8]);
    }
}
