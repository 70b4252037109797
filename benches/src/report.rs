//! Figures derived from the raw series, and the files written from them: `report.md`,
//! `report.json`, `experiments.md` (the README's Experiments table) and the SVG plots.
//!
//! Owns: which ratios answer which question (free against GIL, atomic against biased,
//! each optional tier on against off, speed-up per thread count next to the machine
//! ceiling), and how tables are laid out. Must not: run anything.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use crate::config::{config_name, Axis, Config};
use crate::json::Json;
use crate::programs::Suite;
use crate::runner::{Kind, Series, Status, STARTUP};
use crate::stats::{geomean, ratio, speedup, Summary};
use crate::svg;

/// What the report says about the run itself.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub date: String,
    pub commit: String,
    pub cores: usize,
    pub command_line: String,
    pub weft: String,
    pub quick: bool,
    pub rounds: usize,
    pub warmup: usize,
    pub thread_counts: Vec<usize>,
    pub configs: Vec<Config>,
    /// Other interpreters run: (name, path, version line).
    pub compare: Vec<(String, String, String)>,
    /// `--compare` names not found on PATH.
    pub compare_missing: Vec<String>,
    /// Optional tiers this weft refuses: (key, what).
    pub axes_missing: Vec<(String, String)>,
    pub baseline: String,
    pub ceiling_config: Option<String>,
    pub load_before: String,
    pub load_after: String,
    pub elapsed_s: f64,
}

impl Meta {
    pub fn missing_axes_from(all: &[Axis], present: &[&Axis]) -> Vec<(String, String)> {
        all.iter()
            .filter(|a| !present.iter().any(|p| p.key == a.key))
            .map(|a| (a.key.to_string(), a.what.to_string()))
            .collect()
    }
}

/// A geometric mean of per-program ratios, with how many programs entered it.
#[derive(Clone, Debug, PartialEq)]
pub struct PairMean {
    pub label: String,
    pub num: String,
    pub den: String,
    pub per_program: Vec<(String, Option<f64>)>,
    pub geomean: Option<f64>,
    pub used: usize,
}

/// The figures every output is written from.
pub struct Analysis<'a> {
    pub meta: &'a Meta,
    pub series: &'a [Series],
    /// Single-thread targets in column order (configurations, then other interpreters).
    pub single_targets: Vec<String>,
    pub single_programs: Vec<String>,
    pub thread_programs: Vec<String>,
}

impl<'a> Analysis<'a> {
    pub fn new(meta: &'a Meta, series: &'a [Series]) -> Analysis<'a> {
        let mut single_targets: Vec<String> = meta.configs.iter().map(|c| c.name.clone()).collect();
        single_targets.extend(meta.compare.iter().map(|c| c.0.clone()));
        let mut single_programs = Vec::new();
        let mut thread_programs = Vec::new();
        for s in series.iter().filter(|s| s.kind == Kind::Run) {
            let list = match s.suite {
                Suite::Single => &mut single_programs,
                Suite::Threads => &mut thread_programs,
            };
            if !list.contains(&s.program) {
                list.push(s.program.clone());
            }
        }
        Analysis {
            meta,
            series,
            single_targets,
            single_programs,
            thread_programs,
        }
    }

    pub fn find(
        &self,
        suite: Suite,
        program: &str,
        target: &str,
        kind: Kind,
        threads: usize,
    ) -> Option<&'a Series> {
        self.series.iter().find(|s| {
            s.suite == suite
                && s.program == program
                && s.target == target
                && s.kind == kind
                && s.threads == threads
        })
    }

    /// The summary of a series that ran cleanly.
    pub fn summary(
        &self,
        suite: Suite,
        program: &str,
        target: &str,
        threads: usize,
    ) -> Option<Summary> {
        self.find(suite, program, target, Kind::Run, threads)
            .filter(|s| s.ok())
            .and_then(|s| Summary::of(&s.wall))
    }

    fn programs(&self, suite: Suite) -> &[String] {
        match suite {
            Suite::Single => &self.single_programs,
            Suite::Threads => &self.thread_programs,
        }
    }

    /// Median time of `num` over median time of `den`, per program of `suite` at
    /// `threads`, and their geometric mean.
    pub fn pair(
        &self,
        label: &str,
        suite: Suite,
        threads: usize,
        num: &str,
        den: &str,
    ) -> PairMean {
        let per_program: Vec<(String, Option<f64>)> = self
            .programs(suite)
            .iter()
            .map(|p| {
                let r = match (
                    self.summary(suite, p, num, threads),
                    self.summary(suite, p, den, threads),
                ) {
                    (Some(a), Some(b)) => ratio(a.median, b.median),
                    _ => None,
                };
                (p.clone(), r)
            })
            .collect();
        let vals: Vec<f64> = per_program.iter().filter_map(|(_, r)| *r).collect();
        PairMean {
            label: label.to_string(),
            num: num.to_string(),
            den: den.to_string(),
            geomean: geomean(&vals),
            used: vals.len(),
            per_program,
        }
    }

    fn has_config(&self, name: &str) -> bool {
        self.meta.configs.iter().any(|c| c.name == name)
    }

    /// Free configurations against their GIL counterparts (same optional tiers).
    pub fn free_vs_gil(&self) -> Vec<(String, String)> {
        self.meta
            .configs
            .iter()
            .filter(|c| c.free)
            .map(|c| (c.name.clone(), config_name("gil", c.on.clone())))
            .filter(|(_, g)| self.has_config(g))
            .collect()
    }

    /// free-atomic configurations against free-biased ones with the same tiers.
    pub fn atomic_vs_biased(&self) -> Vec<(String, String)> {
        self.meta
            .configs
            .iter()
            .filter(|c| c.base == "free-atomic")
            .map(|c| (c.name.clone(), config_name("free-biased", c.on.clone())))
            .filter(|(_, b)| self.has_config(b))
            .collect()
    }

    /// Each configuration with an optional tier on, against the same without it:
    /// (suffix, with, without).
    pub fn tier_pairs(&self) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        for c in &self.meta.configs {
            for s in &c.on {
                let without = c.without(s);
                if self.has_config(&without) {
                    out.push((s.to_string(), c.name.clone(), without));
                }
            }
        }
        out
    }

    /// The speed-up of `target` at `n` threads on `program`: n × t(1) / t(n).
    pub fn thread_speedup(&self, program: &str, target: &str, n: usize) -> Option<f64> {
        let t1 = self.summary(Suite::Threads, program, target, 1)?;
        let tn = self.summary(Suite::Threads, program, target, n)?;
        speedup(n, t1.median, tn.median)
    }

    /// The machine ceiling on `program` at `n`: n × t(one process) / t(n processes at
    /// once), with the 1-thread runs of the ceiling configuration.
    pub fn ceiling(&self, program: &str, n: usize) -> Option<f64> {
        let cfg = self.meta.ceiling_config.as_deref()?;
        if n == 1 {
            return self.summary(Suite::Threads, program, cfg, 1).map(|_| 1.0);
        }
        let t1 = self.summary(Suite::Threads, program, cfg, 1)?;
        let s = self
            .find(Suite::Threads, program, "ceiling", Kind::Ceiling, n)
            .filter(|s| s.ok())?;
        speedup(n, t1.median, Summary::of(&s.wall)?.median)
    }

    /// Geometric mean over workloads of `f(workload)`.
    fn geo_over_workloads(&self, f: impl Fn(&str) -> Option<f64>) -> (Option<f64>, usize) {
        let v: Vec<f64> = self.thread_programs.iter().filter_map(|p| f(p)).collect();
        (geomean(&v), v.len())
    }

    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for s in self.series {
            let what = match s.kind {
                Kind::Run if s.suite == Suite::Threads => {
                    format!("{} under {} at {} threads", s.program, s.target, s.threads)
                }
                Kind::Run => format!("{} under {}", s.program, s.target),
                Kind::Ceiling => format!("{} as {} processes at once", s.program, s.threads),
                Kind::Startup => format!("start-up (`-c pass`) under {}", s.target),
            };
            match &s.status {
                Status::Ok => {}
                Status::Mismatch { reference, detail } => out.push(format!(
                    "MISMATCH {what}: output differs from {reference}'s ({detail})"
                )),
                Status::Failed { what: why, stderr } => {
                    let mut line = format!("FAIL {what}: {why}");
                    if !stderr.is_empty() {
                        line.push_str("\n\n  ```\n");
                        for l in stderr.lines() {
                            line.push_str(&format!("  {l}\n"));
                        }
                        line.push_str("  ```");
                    }
                    out.push(line);
                }
            }
        }
        out
    }
}

pub fn fmt_ratio(r: Option<f64>) -> String {
    r.map_or("–".into(), |r| format!("{r:.2}×"))
}

pub fn fmt_secs(s: Option<Summary>) -> String {
    s.map_or("–".into(), |s| {
        format!("{:.3} ({:.3}–{:.3})", s.median, s.min, s.max)
    })
}

fn fmt_geo(g: Option<f64>, used: usize, of: usize) -> String {
    match g {
        Some(g) if used == of => format!("{g:.2}×"),
        Some(g) => format!("{g:.2}× ({used}/{of})"),
        None => "–".into(),
    }
}

fn table(out: &mut String, head: &[String], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let _ = writeln!(
        out,
        "|{}|",
        head.iter()
            .enumerate()
            .map(|(i, _)| if i == 0 { " --- " } else { " ---: " })
            .collect::<Vec<_>>()
            .join("|")
    );
    for r in rows {
        let _ = writeln!(out, "| {} |", r.join(" | "));
    }
    out.push('\n');
}

/// The short answers table: one row per question (the README's Experiments figures).
pub fn summary_rows(a: &Analysis) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let nsingle = a.single_programs.len();
    let nthreads = a.thread_programs.len();
    for (free, gil) in a.free_vs_gil() {
        let p = a.pair("", Suite::Single, 1, &free, &gil);
        let t = a.pair("", Suite::Threads, 1, &free, &gil);
        rows.push(vec![
            format!("What free threading costs one thread: `{free}` / `{gil}` time"),
            fmt_geo(p.geomean, p.used, nsingle),
            fmt_geo(t.geomean, t.used, nthreads),
        ]);
    }
    for (atomic, biased) in a.atomic_vs_biased() {
        let p = a.pair("", Suite::Single, 1, &atomic, &biased);
        let t = a.pair("", Suite::Threads, 1, &atomic, &biased);
        rows.push(vec![
            format!("What biased refcounting buys: `{atomic}` / `{biased}` time"),
            fmt_geo(p.geomean, p.used, nsingle),
            fmt_geo(t.geomean, t.used, nthreads),
        ]);
        for &n in a.meta.thread_counts.iter().filter(|&&n| n > 1) {
            let t = a.pair("", Suite::Threads, n, &atomic, &biased);
            rows.push(vec![
                format!("… the same at {n} threads"),
                "".into(),
                fmt_geo(t.geomean, t.used, nthreads),
            ]);
        }
    }
    for (suffix, with, without) in a.tier_pairs() {
        let p = a.pair("", Suite::Single, 1, &with, &without);
        let t = a.pair("", Suite::Threads, 1, &with, &without);
        rows.push(vec![
            format!("What `+{suffix}` buys: `{with}` / `{without}` time"),
            fmt_geo(p.geomean, p.used, nsingle),
            fmt_geo(t.geomean, t.used, nthreads),
        ]);
    }
    for (key, what) in &a.meta.axes_missing {
        rows.push(vec![
            format!("What the {what} buys (`-X {key}=1`)"),
            "not yet built".into(),
            "not yet built".into(),
        ]);
    }
    for (name, _, _) in &a.meta.compare {
        let p = a.pair("", Suite::Single, 1, &a.meta.baseline, name);
        rows.push(vec![
            format!("`{}` / `{name}` time", a.meta.baseline),
            fmt_geo(p.geomean, p.used, nsingle),
            "".into(),
        ]);
    }
    rows
}

/// Speed-up geomeans per configuration and thread count, with the machine ceiling.
pub fn scaling_rows(a: &Analysis) -> (Vec<String>, Vec<Vec<String>>) {
    let counts: Vec<usize> = a
        .meta
        .thread_counts
        .iter()
        .copied()
        .filter(|&n| n > 1)
        .collect();
    let mut head = vec!["speed-up (geomean over workloads)".to_string()];
    head.extend(counts.iter().map(|n| format!("{n} threads")));
    let mut rows = Vec::new();
    let nthreads = a.thread_programs.len();
    for c in &a.meta.configs {
        let mut r = vec![format!("`{}`", c.name)];
        for &n in &counts {
            let (g, used) = a.geo_over_workloads(|p| a.thread_speedup(p, &c.name, n));
            r.push(fmt_geo(g, used, nthreads));
        }
        rows.push(r);
    }
    if a.meta.ceiling_config.is_some() {
        let mut r = vec!["machine ceiling (N independent 1-thread processes)".to_string()];
        for &n in &counts {
            let (g, used) = a.geo_over_workloads(|p| a.ceiling(p, n));
            r.push(fmt_geo(g, used, nthreads));
        }
        rows.push(r);
    }
    (head, rows)
}

fn provenance(m: &Meta) -> String {
    format!(
        "`{}` on {}, weft {}, {} cores (load average {} before, {} after), {} timed + {} warm-up runs per figure, {} sizes, {:.0} s in all",
        m.command_line,
        m.date,
        m.commit,
        m.cores,
        m.load_before,
        m.load_after,
        m.rounds,
        m.warmup,
        if m.quick { "quick" } else { "default" },
        m.elapsed_s
    )
}

/// The README's Experiments figures: the answers table and the scaling table.
pub fn experiments_md(a: &Analysis) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Figures from {}.\n", provenance(a.meta));
    let head: Vec<String> = vec![
        "question".into(),
        format!("single-thread programs ({})", a.single_programs.len()),
        format!("thread workloads at 1 thread ({})", a.thread_programs.len()),
    ];
    table(&mut out, &head, &summary_rows(a));
    if !a.thread_programs.is_empty() && a.meta.thread_counts.iter().any(|&n| n > 1) {
        let (head, rows) = scaling_rows(a);
        table(&mut out, &head, &rows);
    }
    out
}

pub fn report_md(a: &Analysis, plots: &[(String, String)]) -> String {
    let m = a.meta;
    let mut out = String::new();
    let _ = writeln!(out, "# weft benchmark report\n");
    let _ = writeln!(out, "- run: {}", provenance(m));
    let _ = writeln!(out, "- weft binary: `{}`", m.weft);
    let _ = writeln!(
        out,
        "- timing: wall-clock per process, start-up included; every figure is the median of the timed runs, with min–max; runs alternate between configurations (forwards, then backwards) so that drift of the machine cancels"
    );
    let _ = writeln!(out, "- baseline for ratios: `{}`", m.baseline);
    for (key, what) in &m.axes_missing {
        let _ = writeln!(
            out,
            "- not measured: the {what} (`-X {key}=1` is refused by this weft)"
        );
    }
    for (name, path, version) in &m.compare {
        let _ = writeln!(out, "- compared with `{name}`: `{path}` ({version})");
    }
    for name in &m.compare_missing {
        let _ = writeln!(out, "- `{name}` was asked for but is not on PATH");
    }
    out.push('\n');
    let rows: Vec<Vec<String>> = m
        .configs
        .iter()
        .map(|c| vec![format!("`{}`", c.name), format!("`{}`", c.args.join(" "))])
        .collect();
    table(
        &mut out,
        &["configuration".into(), "weft options".into()],
        &rows,
    );

    let _ = writeln!(out, "## Answers\n");
    out.push_str(&experiments_md(a));

    let problems = a.problems();
    if !problems.is_empty() {
        let _ = writeln!(out, "## Problems\n");
        for p in &problems {
            let _ = writeln!(out, "- {p}");
        }
        out.push('\n');
    }

    if !a.single_programs.is_empty() {
        let _ = writeln!(
            out,
            "## Single-thread programs: seconds, median (min–max)\n"
        );
        let mut head = vec!["program".to_string()];
        head.extend(a.single_targets.iter().map(|t| format!("`{t}`")));
        let mut rows: Vec<Vec<String>> = a
            .single_programs
            .iter()
            .map(|p| {
                let mut r = vec![p.clone()];
                for t in &a.single_targets {
                    r.push(fmt_secs(a.summary(Suite::Single, p, t, 1)));
                }
                r
            })
            .collect();
        let startup: Vec<Option<Summary>> = a
            .single_targets
            .iter()
            .map(|t| {
                a.find(Suite::Single, STARTUP, t, Kind::Startup, 1)
                    .filter(|s| s.ok())
                    .and_then(|s| Summary::of(&s.wall))
            })
            .collect();
        if startup.iter().any(Option::is_some) {
            let mut r = vec!["*start-up (`-c pass`), included above*".to_string()];
            r.extend(startup.into_iter().map(fmt_secs));
            rows.push(r);
        }
        table(&mut out, &head, &rows);

        let others: Vec<&String> = a
            .single_targets
            .iter()
            .filter(|t| **t != m.baseline)
            .collect();
        if !others.is_empty() {
            let _ = writeln!(
                out,
                "## Single-thread programs: time relative to `{}` (> 1 = slower)\n",
                m.baseline
            );
            let pairs: Vec<PairMean> = others
                .iter()
                .map(|t| a.pair(t, Suite::Single, 1, t, &m.baseline))
                .collect();
            let mut head = vec!["program".to_string()];
            head.extend(pairs.iter().map(|p| format!("`{}`", p.label)));
            let mut rows: Vec<Vec<String>> = a
                .single_programs
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let mut r = vec![p.clone()];
                    r.extend(pairs.iter().map(|pm| fmt_ratio(pm.per_program[i].1)));
                    r
                })
                .collect();
            let mut g = vec!["**geomean**".to_string()];
            g.extend(
                pairs
                    .iter()
                    .map(|p| fmt_geo(p.geomean, p.used, a.single_programs.len())),
            );
            rows.push(g);
            table(&mut out, &head, &rows);
        }
    }

    let pair_sections: Vec<(&str, Vec<(String, String)>)> = vec![
        (
            "What free threading costs one thread (free / GIL time)",
            a.free_vs_gil(),
        ),
        (
            "What biased refcounting buys (atomic / biased time)",
            a.atomic_vs_biased(),
        ),
        (
            "What each optional tier buys (with / without)",
            a.tier_pairs()
                .into_iter()
                .map(|(_, w, wo)| (w, wo))
                .collect(),
        ),
    ];
    for (title, pairs) in pair_sections {
        if pairs.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {title}\n");
        let mut head = vec!["program".to_string()];
        let mut cols: Vec<PairMean> = Vec::new();
        for (num, den) in &pairs {
            cols.push(a.pair("", Suite::Single, 1, num, den));
            head.push(format!("`{num}` / `{den}`"));
        }
        for (num, den) in &pairs {
            for &n in &m.thread_counts {
                cols.push(a.pair("", Suite::Threads, n, num, den));
                let plural = if n == 1 { "" } else { "s" };
                head.push(format!(
                    "`{num}` / `{den}`, workloads at {n} thread{plural}"
                ));
            }
        }
        let n_single = a.single_programs.len();
        let n_threads = a.thread_programs.len();
        let mut rows = Vec::new();
        let names: Vec<(Suite, &String)> = a
            .single_programs
            .iter()
            .map(|p| (Suite::Single, p))
            .chain(a.thread_programs.iter().map(|p| (Suite::Threads, p)))
            .collect();
        for (suite, p) in names {
            let mut r = vec![match suite {
                Suite::Single => p.clone(),
                Suite::Threads => format!("{p} (threads)"),
            }];
            let mut any = false;
            for (ci, col) in cols.iter().enumerate() {
                let single_col = ci < pairs.len();
                let cell = if single_col == (suite == Suite::Single) {
                    col.per_program
                        .iter()
                        .find(|(n, _)| n == p)
                        .and_then(|(_, r)| *r)
                } else {
                    None
                };
                any |= cell.is_some();
                r.push(if single_col == (suite == Suite::Single) {
                    fmt_ratio(cell)
                } else {
                    "".into()
                });
            }
            if any {
                rows.push(r);
            }
        }
        let mut g = vec!["**geomean**".to_string()];
        for (ci, col) in cols.iter().enumerate() {
            let of = if ci < pairs.len() {
                n_single
            } else {
                n_threads
            };
            g.push(fmt_geo(col.geomean, col.used, of));
        }
        rows.push(g);
        table(&mut out, &head, &rows);
    }

    if !a.thread_programs.is_empty() {
        let counts = &m.thread_counts;
        let _ = writeln!(
            out,
            "## Thread scaling\n\nSpeed-up at T threads = T × time(1 thread) / time(T threads), every thread doing the same fixed work (T = perfect scaling). The machine ceiling is the same figure for T independent 1-thread processes of `{}` started at once: what this machine gives T copies of the work when nothing is shared. Seconds are medians (min–max).\n",
            m.ceiling_config.as_deref().unwrap_or("-")
        );
        let mut head = vec!["workload".to_string(), "configuration".to_string()];
        head.push("1 thread, s".into());
        for &n in counts.iter().filter(|&&n| n > 1) {
            head.push(format!("{n} threads, s"));
            head.push(format!("speed-up {n}"));
        }
        let mut rows = Vec::new();
        for p in &a.thread_programs {
            for c in &m.configs {
                let mut r = vec![p.clone(), format!("`{}`", c.name)];
                r.push(fmt_secs(a.summary(Suite::Threads, p, &c.name, 1)));
                for &n in counts.iter().filter(|&&n| n > 1) {
                    r.push(fmt_secs(a.summary(Suite::Threads, p, &c.name, n)));
                    r.push(fmt_ratio(a.thread_speedup(p, &c.name, n)));
                }
                rows.push(r);
            }
            if m.ceiling_config.is_some() {
                let mut r = vec![p.clone(), "machine ceiling".into(), "".into()];
                for &n in counts.iter().filter(|&&n| n > 1) {
                    let s = a
                        .find(Suite::Threads, p, "ceiling", Kind::Ceiling, n)
                        .filter(|s| s.ok())
                        .and_then(|s| Summary::of(&s.wall));
                    r.push(fmt_secs(s));
                    r.push(fmt_ratio(a.ceiling(p, n)));
                }
                rows.push(r);
            }
        }
        table(&mut out, &head, &rows);
    }

    if !plots.is_empty() {
        let _ = writeln!(out, "## Plots\n");
        for (file, title) in plots {
            let _ = writeln!(out, "- [{title}]({file})\n\n  ![{title}]({file})");
        }
        out.push('\n');
    }
    out
}

pub fn report_json(a: &Analysis) -> Json {
    let m = a.meta;
    let series: Vec<Json> = a
        .series
        .iter()
        .map(|s| {
            let (status, detail) = match &s.status {
                Status::Ok => ("ok", String::new()),
                Status::Mismatch { reference, detail } => {
                    ("mismatch", format!("against {reference}: {detail}"))
                }
                Status::Failed { what, stderr } => ("failed", format!("{what}\n{stderr}")),
            };
            let summary = Summary::of(&s.wall);
            Json::obj(vec![
                (
                    "suite",
                    Json::str(match s.suite {
                        Suite::Single => "single",
                        Suite::Threads => "threads",
                    }),
                ),
                ("program", Json::str(&s.program)),
                ("target", Json::str(&s.target)),
                (
                    "kind",
                    Json::str(match s.kind {
                        Kind::Run => "run",
                        Kind::Ceiling => "ceiling",
                        Kind::Startup => "startup",
                    }),
                ),
                ("threads", Json::num(s.threads as f64)),
                ("command", Json::str(&s.command)),
                ("status", Json::str(status)),
                ("detail", Json::str(detail)),
                ("wall_s", Json::nums(&s.wall)),
                ("cpu_s", Json::nums(&s.cpu)),
                ("warmup_wall_s", Json::nums(&s.warmup_wall)),
                ("median_s", Json::opt(summary.map(|x| x.median))),
                ("min_s", Json::opt(summary.map(|x| x.min))),
                ("max_s", Json::opt(summary.map(|x| x.max))),
                ("output", Json::str(&s.output)),
            ])
        })
        .collect();
    let pair_json = |p: PairMean| {
        Json::obj(vec![
            ("num", Json::str(p.num)),
            ("den", Json::str(p.den)),
            ("geomean", Json::opt(p.geomean)),
            ("programs_used", Json::num(p.used as f64)),
            (
                "per_program",
                Json::Obj(
                    p.per_program
                        .into_iter()
                        .map(|(k, v)| (k, Json::opt(v)))
                        .collect(),
                ),
            ),
        ])
    };
    let mut ratios = Vec::new();
    let mut all_pairs: Vec<(String, String, String)> = Vec::new();
    for (f, g) in a.free_vs_gil() {
        all_pairs.push(("free_vs_gil".into(), f, g));
    }
    for (at, bi) in a.atomic_vs_biased() {
        all_pairs.push(("atomic_vs_biased".into(), at, bi));
    }
    for (s, w, wo) in a.tier_pairs() {
        all_pairs.push((format!("tier_{s}"), w, wo));
    }
    for t in &a.single_targets {
        if *t != m.baseline {
            all_pairs.push(("to_baseline".into(), t.clone(), m.baseline.clone()));
        }
    }
    for (question, num, den) in all_pairs {
        let mut per_suite = vec![(
            "single".to_string(),
            pair_json(a.pair("", Suite::Single, 1, &num, &den)),
        )];
        for &n in &m.thread_counts {
            per_suite.push((
                format!("threads_{n}"),
                pair_json(a.pair("", Suite::Threads, n, &num, &den)),
            ));
        }
        ratios.push(Json::obj(vec![
            ("question", Json::str(question)),
            ("num", Json::str(num)),
            ("den", Json::str(den)),
            ("by_suite", Json::Obj(per_suite)),
        ]));
    }
    let mut speedups = BTreeMap::new();
    for p in &a.thread_programs {
        let mut per = Vec::new();
        for c in &m.configs {
            let v: Vec<(String, Json)> = m
                .thread_counts
                .iter()
                .map(|&n| (n.to_string(), Json::opt(a.thread_speedup(p, &c.name, n))))
                .collect();
            per.push((c.name.clone(), Json::Obj(v)));
        }
        let v: Vec<(String, Json)> = m
            .thread_counts
            .iter()
            .map(|&n| (n.to_string(), Json::opt(a.ceiling(p, n))))
            .collect();
        per.push(("machine_ceiling".to_string(), Json::Obj(v)));
        speedups.insert(p.clone(), Json::Obj(per));
    }
    Json::obj(vec![
        (
            "meta",
            Json::obj(vec![
                ("date", Json::str(&m.date)),
                ("weft_commit", Json::str(&m.commit)),
                ("cores", Json::num(m.cores as f64)),
                ("command_line", Json::str(&m.command_line)),
                ("weft", Json::str(&m.weft)),
                ("quick", Json::Bool(m.quick)),
                ("rounds", Json::num(m.rounds as f64)),
                ("warmup", Json::num(m.warmup as f64)),
                (
                    "thread_counts",
                    Json::nums(
                        &m.thread_counts
                            .iter()
                            .map(|&n| n as f64)
                            .collect::<Vec<_>>(),
                    ),
                ),
                (
                    "configs",
                    Json::Arr(
                        m.configs
                            .iter()
                            .map(|c| {
                                Json::obj(vec![
                                    ("name", Json::str(&c.name)),
                                    ("args", Json::Arr(c.args.iter().map(Json::str).collect())),
                                ])
                            })
                            .collect(),
                    ),
                ),
                (
                    "compare",
                    Json::Arr(
                        m.compare
                            .iter()
                            .map(|(n, p, v)| {
                                Json::obj(vec![
                                    ("name", Json::str(n)),
                                    ("path", Json::str(p)),
                                    ("version", Json::str(v)),
                                ])
                            })
                            .collect(),
                    ),
                ),
                (
                    "compare_missing",
                    Json::Arr(m.compare_missing.iter().map(Json::str).collect()),
                ),
                (
                    "tiers_not_built",
                    Json::Arr(m.axes_missing.iter().map(|(k, _)| Json::str(k)).collect()),
                ),
                ("baseline", Json::str(&m.baseline)),
                (
                    "ceiling_config",
                    m.ceiling_config.as_ref().map_or(Json::Null, Json::str),
                ),
                ("load_average_before", Json::str(&m.load_before)),
                ("load_average_after", Json::str(&m.load_after)),
                ("elapsed_s", Json::num(m.elapsed_s)),
            ]),
        ),
        ("ratios", Json::Arr(ratios)),
        ("speedups", Json::Obj(speedups.into_iter().collect())),
        ("series", Json::Arr(series)),
    ])
}

/// The SVG plots: (file name, title, contents).
pub fn plots(a: &Analysis) -> Vec<(String, String, String)> {
    let m = a.meta;
    let mut out = Vec::new();
    if !a.single_programs.is_empty() {
        let bars: Vec<Vec<Option<svg::Bar>>> = a
            .single_programs
            .iter()
            .map(|p| {
                a.single_targets
                    .iter()
                    .map(|t| {
                        a.summary(Suite::Single, p, t, 1).map(|s| svg::Bar {
                            value: s.median,
                            lo: s.min,
                            hi: s.max,
                        })
                    })
                    .collect()
            })
            .collect();
        let title = "Single-thread programs: wall seconds per configuration (median, min–max)";
        out.push((
            "times.svg".into(),
            title.into(),
            svg::grouped_bars(
                title,
                "seconds",
                &a.single_programs,
                &a.single_targets,
                &bars,
                None,
            ),
        ));
        let rel: Vec<Vec<Option<svg::Bar>>> = a
            .single_programs
            .iter()
            .map(|p| {
                let base = a.summary(Suite::Single, p, &m.baseline, 1);
                a.single_targets
                    .iter()
                    .map(|t| {
                        let (s, b) = (a.summary(Suite::Single, p, t, 1)?, base?);
                        Some(svg::Bar {
                            value: ratio(s.median, b.median)?,
                            lo: ratio(s.min, b.median)?,
                            hi: ratio(s.max, b.median)?,
                        })
                    })
                    .collect()
            })
            .collect();
        let title = format!(
            "Single-thread programs: time relative to {} (median, min–max)",
            m.baseline
        );
        out.push((
            "relative.svg".into(),
            title.clone(),
            svg::grouped_bars(
                &title,
                &format!("time / {} time", m.baseline),
                &a.single_programs,
                &a.single_targets,
                &rel,
                Some(1.0),
            ),
        ));
    }
    if !a.thread_programs.is_empty() && m.thread_counts.len() > 1 {
        let xs = &m.thread_counts;
        let mut panels = Vec::new();
        for p in &a.thread_programs {
            let mut lines = vec![svg::Line {
                label: "perfect".into(),
                color: None,
                dashed: true,
                points: xs.iter().map(|&n| (n as f64, n as f64)).collect(),
            }];
            if m.ceiling_config.is_some() {
                lines.push(svg::Line {
                    label: "machine ceiling".into(),
                    color: None,
                    dashed: false,
                    points: xs
                        .iter()
                        .filter_map(|&n| a.ceiling(p, n).map(|v| (n as f64, v)))
                        .collect(),
                });
            }
            for (ci, c) in m.configs.iter().enumerate() {
                lines.push(svg::Line {
                    label: c.name.clone(),
                    color: Some(ci),
                    dashed: false,
                    points: xs
                        .iter()
                        .filter_map(|&n| a.thread_speedup(p, &c.name, n).map(|v| (n as f64, v)))
                        .collect(),
                });
            }
            panels.push(svg::Panel {
                title: p.clone(),
                lines,
            });
        }
        let mut legend: Vec<(String, Option<usize>, bool)> = m
            .configs
            .iter()
            .enumerate()
            .map(|(i, c)| (c.name.clone(), Some(i), false))
            .collect();
        legend.push(("perfect scaling".into(), None, true));
        if m.ceiling_config.is_some() {
            legend.push(("machine ceiling".into(), None, false));
        }
        let title = "Speed-up against threads, per workload and configuration";
        out.push((
            "scaling.svg".into(),
            title.into(),
            svg::line_panels(title, "threads", "speed-up", &panels, &legend),
        ));
    }
    out
}

/// Writes report.md, report.json, experiments.md and the plots into `dir`.
pub fn write_all(dir: &Path, meta: &Meta, series: &[Series]) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let a = Analysis::new(meta, series);
    let plots = plots(&a);
    let mut written = Vec::new();
    let mut links = Vec::new();
    for (file, title, body) in &plots {
        std::fs::write(dir.join(file), body)?;
        written.push(file.clone());
        links.push((file.clone(), title.clone()));
    }
    std::fs::write(dir.join("report.md"), report_md(&a, &links))?;
    std::fs::write(dir.join("report.json"), report_json(&a).render())?;
    std::fs::write(dir.join("experiments.md"), experiments_md(&a))?;
    written.extend(["report.md", "report.json", "experiments.md"].map(String::from));
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::matrix;

    fn series(suite: Suite, program: &str, target: &str, threads: usize, wall: &[f64]) -> Series {
        Series {
            program: program.into(),
            suite,
            target: target.into(),
            kind: if target == "ceiling" {
                Kind::Ceiling
            } else {
                Kind::Run
            },
            threads,
            command: format!("weft {program}"),
            wall: wall.to_vec(),
            cpu: wall.to_vec(),
            warmup_wall: vec![],
            status: Status::Ok,
            output: "checksum 42\n".into(),
        }
    }

    fn meta() -> Meta {
        Meta {
            date: "2026-01-02 03:04 UTC".into(),
            commit: "abc123".into(),
            cores: 2,
            command_line: "weft-benches --quick".into(),
            weft: "target/release/weft".into(),
            quick: true,
            rounds: 3,
            warmup: 1,
            thread_counts: vec![1, 2],
            configs: matrix(&[]),
            compare: vec![(
                "python3".into(),
                "/usr/bin/python3".into(),
                "Python 3.11.7".into(),
            )],
            compare_missing: vec![],
            axes_missing: vec![
                ("specialize".into(), "adaptive specialization".into()),
                ("jit".into(), "tracing JIT".into()),
            ],
            baseline: "gil".into(),
            ceiling_config: Some("free-biased".into()),
            load_before: "1.00 1.00 1.00".into(),
            load_after: "1.00 1.00 1.00".into(),
            elapsed_s: 12.0,
        }
    }

    fn data() -> Vec<Series> {
        use Suite::*;
        let mut v = vec![
            series(Single, "a", "gil", 1, &[1.0, 1.2, 1.1]),
            series(Single, "a", "free-biased", 1, &[1.21, 1.3, 1.2]),
            series(Single, "a", "free-atomic", 1, &[1.5, 1.4, 1.6]),
            series(Single, "a", "python3", 1, &[2.2, 2.2, 2.2]),
            series(Single, "b", "gil", 1, &[2.0, 2.0, 2.0]),
            series(Single, "b", "free-biased", 1, &[2.0, 2.0, 2.0]),
            series(Single, "b", "free-atomic", 1, &[4.0, 4.0, 4.0]),
            series(Single, "b", "python3", 1, &[1.0, 1.0, 1.0]),
        ];
        for (cfg, t1, t2) in [
            ("gil", 1.0, 2.0),
            ("free-biased", 1.0, 1.25),
            ("free-atomic", 1.0, 1.6),
        ] {
            v.push(series(Threads, "w", cfg, 1, &[t1, t1]));
            v.push(series(Threads, "w", cfg, 2, &[t2, t2]));
        }
        v.push(series(Threads, "w", "ceiling", 2, &[1.1, 1.1]));
        v
    }

    #[test]
    fn derived_figures() {
        let m = meta();
        let s = data();
        let a = Analysis::new(&m, &s);
        assert_eq!(a.single_programs, ["a", "b"]);
        assert_eq!(a.thread_programs, ["w"]);
        assert_eq!(
            a.single_targets,
            ["gil", "free-biased", "free-atomic", "python3"]
        );
        // free-biased / gil: a 1.21/1.1 = 1.1, b 1.0 -> geomean sqrt(1.1).
        let p = a.pair("", Suite::Single, 1, "free-biased", "gil");
        assert!((p.per_program[0].1.unwrap() - 1.1).abs() < 1e-12);
        assert!((p.geomean.unwrap() - 1.1f64.sqrt()).abs() < 1e-12);
        assert_eq!(p.used, 2);
        assert_eq!(
            a.free_vs_gil(),
            [
                ("free-biased".to_string(), "gil".to_string()),
                ("free-atomic".to_string(), "gil".to_string())
            ]
        );
        assert_eq!(
            a.atomic_vs_biased(),
            [("free-atomic".to_string(), "free-biased".to_string())]
        );
        assert!(a.tier_pairs().is_empty());
        assert_eq!(a.thread_speedup("w", "gil", 2), Some(1.0));
        assert_eq!(a.thread_speedup("w", "free-biased", 2), Some(1.6));
        assert_eq!(a.thread_speedup("w", "free-atomic", 2), Some(1.25));
        // Ceiling: 2 × t1(free-biased) 1.0 / 1.1.
        assert!((a.ceiling("w", 2).unwrap() - 2.0 / 1.1).abs() < 1e-12);
        assert_eq!(a.ceiling("w", 1), Some(1.0));
        assert!(a.problems().is_empty());
    }

    #[test]
    fn failed_and_mismatched_series_leave_the_means() {
        let m = meta();
        let mut s = data();
        s[5].status = Status::Mismatch {
            reference: "gil".into(),
            detail: "line 1: expected \"1\", got \"2\"".into(),
        };
        s[6].status = Status::Failed {
            what: "exit status 1 (round 1)".into(),
            stderr: "Traceback\nZeroDivisionError".into(),
        };
        let a = Analysis::new(&m, &s);
        let p = a.pair("", Suite::Single, 1, "free-biased", "gil");
        assert_eq!(p.used, 1);
        assert_eq!(p.per_program[1].1, None);
        let probs = a.problems();
        assert_eq!(probs.len(), 2);
        assert!(probs[0].starts_with("MISMATCH b under free-biased: output differs from gil's"));
        assert!(probs[1].starts_with("FAIL b under free-atomic: exit status 1 (round 1)"));
        assert!(probs[1].contains("ZeroDivisionError"));
        let md = report_md(&a, &[]);
        assert!(md.contains("## Problems"), "{md}");
        // The geomean says how many programs it covers.
        assert!(md.contains("1.10× (1/2)"), "{md}");
    }

    #[test]
    fn report_files() {
        let m = meta();
        let s = data();
        let a = Analysis::new(&m, &s);
        let md = report_md(&a, &[("scaling.svg".into(), "Speed-up".into())]);
        for needle in [
            "weft abc123, 2 cores",
            "| a | 1.100 (1.000–1.200) | 1.210 (1.200–1.300) | 1.500 (1.400–1.600) | 2.200 (2.200–2.200) |",
            "| `free-biased` / `gil` | `free-atomic` / `gil` |",
            "| **geomean** | 1.05× | 1.65× | 1.00× |",
            "| w | `free-biased` | 1.000 (1.000–1.000) | 1.250 (1.250–1.250) | 1.60× |",
            "| w | machine ceiling |  | 1.100 (1.100–1.100) | 1.82× |",
            "| What the tracing JIT buys (`-X jit=1`) | not yet built | not yet built |",
            "| `gil` / `python3` time | 1.00× |  |",
            "![Speed-up](scaling.svg)",
        ] {
            assert!(md.contains(needle), "report.md lacks {needle:?}:\n{md}");
        }
        let ex = experiments_md(&a);
        assert!(ex.starts_with("Figures from `weft-benches --quick` on 2026-01-02 03:04 UTC"));
        assert!(ex.contains("| `free-biased` | 1.60× |"), "{ex}");
        assert!(ex.contains("| machine ceiling (N independent 1-thread processes) | 1.82× |"));

        let json = report_json(&a).render();
        assert!(json.contains("\"weft_commit\": \"abc123\""));
        assert!(json.contains("\"wall_s\": [1, 1.2, 1.1]"));
        assert!(
            json.contains(
                "\"machine_ceiling\": {\n        \"1\": 1,\n        \"2\": 1.8181818181818181"
            ),
            "{json}"
        );

        let dir = std::env::temp_dir().join(format!("weft-benches-report-{}", std::process::id()));
        let files = write_all(&dir, &m, &s).unwrap();
        assert_eq!(
            files,
            [
                "times.svg",
                "relative.svg",
                "scaling.svg",
                "report.md",
                "report.json",
                "experiments.md"
            ]
        );
        for f in &files {
            assert!(std::fs::metadata(dir.join(f)).unwrap().len() > 100, "{f}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
