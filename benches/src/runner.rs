//! The experiment: which runs to make, in which order, and what each run showed.
//!
//! Owns: targets (weft configurations and other interpreters), the order of runs (per
//! program: warm-up rounds, then rounds that alternate targets run by run, forwards and
//! backwards so linear drift cancels), the "machine ceiling" runs (N independent 1-thread
//! processes at once), output checks against a reference, and the raw series.
//! Must not: compute derived figures or write files (that is `report`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::config::Config;
use crate::exec::{run_batch, Exit, Invocation};
use crate::programs::{Program, Suite};

/// What runs a program: a configuration of weft or another interpreter on PATH.
#[derive(Clone, Debug)]
pub enum Target {
    Weft(Config),
    Other { name: String, path: PathBuf },
}

impl Target {
    pub fn name(&self) -> &str {
        match self {
            Target::Weft(c) => &c.name,
            Target::Other { name, .. } => name,
        }
    }

    pub fn invocation(&self, weft: &Path, program: &Program, args: Vec<String>) -> Invocation {
        match self {
            Target::Weft(c) => Invocation {
                program: weft.to_path_buf(),
                args: c
                    .args
                    .iter()
                    .cloned()
                    .chain(std::iter::once(program.path.display().to_string()))
                    .chain(args)
                    .collect(),
            },
            Target::Other { path, .. } => Invocation {
                program: path.clone(),
                args: std::iter::once(program.path.display().to_string())
                    .chain(args)
                    .collect(),
            },
        }
    }

    /// `-c pass`: the interpreter's start-up and shutdown alone.
    pub fn startup_invocation(&self, weft: &Path) -> Invocation {
        let (program, mut args) = match self {
            Target::Weft(c) => (weft.to_path_buf(), c.args.clone()),
            Target::Other { path, .. } => (path.clone(), Vec::new()),
        };
        args.extend(["-c".to_string(), "pass".to_string()]);
        Invocation { program, args }
    }
}

/// Finds `name` on PATH (or takes it as a path when it contains a slash).
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    if name.contains('/') {
        let p = PathBuf::from(name);
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A program run by one target (`threads` is its thread count; 1 for `programs/`).
    Run,
    /// `threads` independent 1-thread processes at once (the machine's own scaling).
    Ceiling,
    /// `-c pass` (program name `STARTUP`): start-up and shutdown, for reading the
    /// figures of short runs.
    Startup,
}

/// The program name of start-up series.
pub const STARTUP: &str = "(start-up)";

#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Ok,
    /// The output differed from the reference (first difference recorded).
    Mismatch {
        reference: String,
        detail: String,
    },
    /// A run failed; no further rounds were made.
    Failed {
        what: String,
        stderr: String,
    },
}

/// Every timed run of one program under one target at one thread count.
#[derive(Clone, Debug)]
pub struct Series {
    pub program: String,
    pub suite: Suite,
    pub target: String,
    pub kind: Kind,
    pub threads: usize,
    pub command: String,
    /// Wall seconds of the timed rounds, in the order they ran.
    pub wall: Vec<f64>,
    /// CPU seconds (user + system, summed over the batch) of the timed rounds.
    pub cpu: Vec<f64>,
    /// Wall seconds of the warm-up rounds.
    pub warmup_wall: Vec<f64>,
    pub status: Status,
    /// The output of the first successful run.
    pub output: String,
}

impl Series {
    pub fn ok(&self) -> bool {
        self.status == Status::Ok && !self.wall.is_empty()
    }
}

/// Everything the runner needs to know to run the experiment.
pub struct Plan {
    pub weft: PathBuf,
    pub configs: Vec<Config>,
    /// Other interpreters for the single-thread programs.
    pub compare: Vec<(String, PathBuf)>,
    pub single: Vec<Program>,
    pub threads: Vec<Program>,
    pub thread_counts: Vec<usize>,
    pub rounds: usize,
    pub warmup: usize,
    pub quick: bool,
    pub limit: Duration,
    /// The configuration whose 1-thread runs the machine-ceiling runs repeat.
    pub ceiling_config: Option<usize>,
    pub scratch: PathBuf,
}

struct Entry {
    series: usize,
    invocations: Vec<Invocation>,
    /// Outputs that must agree share a key.
    ref_key: usize,
}

impl Plan {
    /// The targets the single-thread programs run under: the configurations, then the
    /// other interpreters.
    pub fn single_targets(&self) -> Vec<Target> {
        self.configs
            .iter()
            .cloned()
            .map(Target::Weft)
            .chain(self.compare.iter().map(|(name, path)| Target::Other {
                name: name.clone(),
                path: path.clone(),
            }))
            .collect()
    }

    /// How many processes the plan starts (for the progress line).
    pub fn process_count(&self) -> usize {
        let per = self.rounds + self.warmup;
        let single = (self.single.len() + 1) * self.single_targets().len() * per;
        let mut t = self.configs.len() * self.thread_counts.len();
        if self.ceiling_config.is_some() {
            t += self.thread_counts.iter().filter(|&&n| n > 1).sum::<usize>();
        }
        single + self.threads.len() * t * per
    }

    /// Runs every program; `progress` gets one character per run and one line per program.
    pub fn execute(&self, progress: &mut dyn FnMut(&str)) -> Vec<Series> {
        let mut all = Vec::new();
        let targets = self.single_targets();
        if !self.single.is_empty() {
            let mut entries = Vec::new();
            for t in &targets {
                let inv = t.startup_invocation(&self.weft);
                entries.push(Entry {
                    series: all.len(),
                    invocations: vec![inv.clone()],
                    ref_key: 0,
                });
                let mut s = new_series(&self.single[0], t.name(), Kind::Startup, 1, inv.display());
                s.program = STARTUP.to_string();
                all.push(s);
            }
            progress(&format!("{STARTUP:<18}"));
            self.run_entries(&mut all, &entries, progress);
            progress("\n");
        }
        for p in &self.single {
            let mut entries = Vec::new();
            for t in &targets {
                let inv = t.invocation(&self.weft, p, p.args(self.quick, None));
                entries.push(Entry {
                    series: all.len(),
                    invocations: vec![inv.clone()],
                    ref_key: 0,
                });
                all.push(new_series(p, t.name(), Kind::Run, 1, inv.display()));
            }
            progress(&format!("{:<18}", p.name));
            self.run_entries(&mut all, &entries, progress);
            progress("\n");
        }
        for p in &self.threads {
            let mut entries = Vec::new();
            for c in &self.configs {
                let t = Target::Weft(c.clone());
                for &n in &self.thread_counts {
                    let inv = t.invocation(&self.weft, p, p.args(self.quick, Some(n)));
                    entries.push(Entry {
                        series: all.len(),
                        invocations: vec![inv.clone()],
                        ref_key: n,
                    });
                    all.push(new_series(p, &c.name, Kind::Run, n, inv.display()));
                }
            }
            if let Some(ci) = self.ceiling_config {
                let t = Target::Weft(self.configs[ci].clone());
                for &n in self.thread_counts.iter().filter(|&&n| n > 1) {
                    let inv = t.invocation(&self.weft, p, p.args(self.quick, Some(1)));
                    let cmd = format!("{n} × {}", inv.display());
                    entries.push(Entry {
                        series: all.len(),
                        invocations: vec![inv; n],
                        ref_key: 1,
                    });
                    all.push(new_series(p, "ceiling", Kind::Ceiling, n, cmd));
                }
            }
            progress(&format!("{:<18}", format!("{} (threads)", p.name)));
            self.run_entries(&mut all, &entries, progress);
            progress("\n");
        }
        all
    }

    fn run_entries(&self, all: &mut [Series], entries: &[Entry], progress: &mut dyn FnMut(&str)) {
        // Reference output per key: (output, series that produced it).
        let mut refs: HashMap<usize, (String, String)> = HashMap::new();
        let mut failed = vec![false; entries.len()];
        let total = self.warmup + self.rounds;
        for round in 0..total {
            let timed = round >= self.warmup;
            let order: Vec<usize> = if round % 2 == 0 {
                (0..entries.len()).collect()
            } else {
                (0..entries.len()).rev().collect()
            };
            for i in order {
                if failed[i] {
                    continue;
                }
                let e = &entries[i];
                let (wall, outs) = run_batch(&e.invocations, self.limit, &self.scratch);
                let s = &mut all[e.series];
                if let Some(bad) = outs.iter().find(|o| o.exit != Exit::Ok) {
                    failed[i] = true;
                    s.status = Status::Failed {
                        what: format!("{} (round {})", bad.exit.describe(), round + 1),
                        stderr: bad.stderr_tail.clone(),
                    };
                    progress("F");
                    continue;
                }
                let mut mark = ".";
                for o in &outs {
                    let (reference, from) = refs
                        .entry(e.ref_key)
                        .or_insert_with(|| (o.stdout.clone(), label(s)))
                        .clone();
                    if o.stdout != reference && s.status == Status::Ok {
                        s.status = Status::Mismatch {
                            reference: from,
                            detail: first_difference(&reference, &o.stdout),
                        };
                    }
                    if o.stdout != reference {
                        mark = "M";
                    }
                }
                if s.output.is_empty() {
                    s.output = outs[0].stdout.clone();
                }
                if timed {
                    s.wall.push(wall);
                    s.cpu.push(outs.iter().map(|o| o.cpu).sum());
                } else {
                    s.warmup_wall.push(wall);
                }
                progress(mark);
            }
        }
    }
}

fn label(s: &Series) -> String {
    match s.kind {
        Kind::Run if s.suite == Suite::Threads => format!("{} at {} threads", s.target, s.threads),
        Kind::Run => s.target.clone(),
        Kind::Ceiling => format!("{} × 1-thread processes", s.threads),
        Kind::Startup => s.target.clone(),
    }
}

fn new_series(p: &Program, target: &str, kind: Kind, threads: usize, command: String) -> Series {
    Series {
        program: p.name.clone(),
        suite: p.suite,
        target: target.to_string(),
        kind,
        threads,
        command,
        wall: Vec::new(),
        cpu: Vec::new(),
        warmup_wall: Vec::new(),
        status: Status::Ok,
        output: String::new(),
    }
}

/// The first line where `a` and `b` differ, shown as `expected ... got ...`.
pub fn first_difference(a: &str, b: &str) -> String {
    let (la, lb): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    for i in 0..la.len().max(lb.len()) {
        let (x, y) = (la.get(i), lb.get(i));
        if x != y {
            return format!(
                "line {}: expected {:?}, got {:?}",
                i + 1,
                x.copied().unwrap_or("<end of output>"),
                y.copied().unwrap_or("<end of output>")
            );
        }
    }
    "outputs differ in line endings".into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_difference_names_the_line() {
        assert_eq!(
            first_difference("a\nb\n", "a\nc\n"),
            "line 2: expected \"b\", got \"c\""
        );
        assert_eq!(
            first_difference("a\n", "a\nb\n"),
            "line 2: expected \"<end of output>\", got \"b\""
        );
        assert_eq!(
            first_difference("a\n", "a"),
            "outputs differ in line endings"
        );
    }

    #[test]
    fn find_on_path_finds_sh() {
        assert!(find_on_path("sh").is_some());
        assert!(find_on_path("/bin/sh").is_some());
        assert!(find_on_path("no-such-interpreter-weft").is_none());
    }
}
