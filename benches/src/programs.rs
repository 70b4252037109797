//! The benchmark programs: finding them and the arguments they take.
//!
//! Owns: the two suites (`programs/`: single-thread, `SIZE`; `threads/`: multi-thread,
//! `THREADS [SIZE]`), each program's `# quick-arg:` line and the `--programs` filter.
//! Must not: run anything.

use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suite {
    /// `programs/`: one thread, argument `[SIZE]`.
    Single,
    /// `threads/`: argument `THREADS [SIZE]`, every thread doing the same fixed work.
    Threads,
}

impl Suite {
    pub fn dir(self) -> &'static str {
        match self {
            Suite::Single => "programs",
            Suite::Threads => "threads",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Program {
    pub name: String,
    pub path: PathBuf,
    pub suite: Suite,
    /// The small size from the program's `# quick-arg: N` line.
    pub quick_arg: Option<String>,
}

impl Program {
    /// The arguments after the script path: `[THREADS] [SIZE]`.
    pub fn args(&self, quick: bool, threads: Option<usize>) -> Vec<String> {
        let mut a = Vec::new();
        if let Some(t) = threads {
            a.push(t.to_string());
        }
        if quick {
            if let Some(q) = &self.quick_arg {
                a.push(q.clone());
            }
        }
        a
    }
}

/// The `# quick-arg: N` value among the first five lines of a program's source.
pub fn quick_arg(source: &str) -> Option<String> {
    source.lines().take(5).find_map(|l| {
        l.strip_prefix("# quick-arg:")
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    })
}

/// The programs of `suite` under `root` (the `benches/` directory), sorted by name.
pub fn discover(root: &Path, suite: Suite) -> Result<Vec<Program>, String> {
    let dir = root.join(suite.dir());
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().and_then(|x| x.to_str()) != Some("py") {
            continue;
        }
        let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let source =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push(Program {
            name: name.to_string(),
            quick_arg: quick_arg(&source),
            path,
            suite,
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// Keeps the programs whose name contains one of the comma-separated `filter` words
/// (all when `None`).
pub fn filter(programs: Vec<Program>, filter: Option<&str>) -> Vec<Program> {
    let Some(f) = filter else {
        return programs;
    };
    let words: Vec<&str> = f
        .split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect();
    programs
        .into_iter()
        .filter(|p| words.iter().any(|w| p.name.contains(w)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_arg_is_read_from_the_first_lines() {
        assert_eq!(
            quick_arg("# quick-arg: 22\n# Recursive\nimport sys\n"),
            Some("22".to_string())
        );
        assert_eq!(quick_arg("#!/x\n# quick-arg:  7 \n"), Some("7".to_string()));
        assert_eq!(quick_arg("import sys\n"), None);
        assert_eq!(quick_arg("1\n2\n3\n4\n5\n# quick-arg: 9\n"), None);
    }

    #[test]
    fn arguments_per_suite() {
        let p = Program {
            name: "x".into(),
            path: "x.py".into(),
            suite: Suite::Threads,
            quick_arg: Some("100".into()),
        };
        assert_eq!(p.args(true, Some(2)), ["2", "100"]);
        assert_eq!(p.args(false, Some(4)), ["4"]);
        assert!(p.args(false, None).is_empty());
    }

    #[test]
    fn the_suites_are_there() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let single = discover(root, Suite::Single).unwrap();
        let threads = discover(root, Suite::Threads).unwrap();
        assert!(
            single.len() >= 14,
            "{} single-thread programs",
            single.len()
        );
        assert!(threads.len() >= 8, "{} thread workloads", threads.len());
        for p in single.iter().chain(&threads) {
            assert!(p.quick_arg.is_some(), "{} has no # quick-arg: line", p.name);
        }
        let f = filter(single, Some("fib, nbody"));
        let names: Vec<&str> = f.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["fib", "nbody"]);
    }
}
