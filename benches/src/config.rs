//! The mode matrix: which configurations of weft the runner measures, and the command
//! line of each.
//!
//! Owns: the list of thread modes and of optional on/off axes (`-X specialize`, `-X jit`),
//! probing which axes this weft binary accepts, naming configurations and selecting them
//! from `--modes`. A new tier joins every experiment by one line in `OPTIONAL_AXES`.
//! Must not: time anything or write reports.

use std::path::Path;
use std::process::{Command, Stdio};

/// A thread mode with its refcount protocol: every weft has these.
pub struct BaseMode {
    pub name: &'static str,
    pub args: &'static [&'static str],
    /// Free-threaded (false for the GIL mode).
    pub free: bool,
}

pub const BASE_MODES: &[BaseMode] = &[
    BaseMode {
        name: "gil",
        args: &["-X", "gil=1"],
        free: false,
    },
    BaseMode {
        name: "free-biased",
        args: &["-X", "gil=0", "-X", "rc=biased"],
        free: true,
    },
    BaseMode {
        name: "free-atomic",
        args: &["-X", "gil=0", "-X", "rc=atomic"],
        free: true,
    },
];

/// An on/off tier switched by `-X KEY=0|1`. The configuration name gets `+SUFFIX` when it
/// is on. Axes this weft refuses (`-X KEY=1` exits non-zero) are left out of the matrix.
pub struct Axis {
    pub key: &'static str,
    pub suffix: &'static str,
    /// What the tier is, for the report.
    pub what: &'static str,
}

/// The optional tiers, in the order their suffixes appear in a configuration name.
pub const OPTIONAL_AXES: &[Axis] = &[
    Axis {
        key: "specialize",
        suffix: "spec",
        what: "adaptive specialization",
    },
    Axis {
        key: "jit",
        suffix: "jit",
        what: "tracing JIT",
    },
];

/// One configuration of weft: a base mode and the optional axes switched on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub name: String,
    pub base: &'static str,
    pub free: bool,
    /// `-X` arguments, in order.
    pub args: Vec<String>,
    /// Suffixes of the optional axes that are on.
    pub on: Vec<&'static str>,
}

impl Config {
    /// The name of the same configuration with `suffix` switched off (for "what does this
    /// tier buy" ratios).
    pub fn without(&self, suffix: &str) -> String {
        config_name(
            self.base,
            self.on.iter().copied().filter(|s| *s != suffix).collect(),
        )
    }
}

/// `base` with `+suffix` for each axis switched on.
pub fn config_name(base: &str, on: Vec<&str>) -> String {
    let mut n = base.to_string();
    for s in on {
        n.push('+');
        n.push_str(s);
    }
    n
}

/// Which optional axes `weft` accepts: it runs `weft -X KEY=1 -c pass` for each.
pub fn probe_axes(weft: &Path) -> Vec<&'static Axis> {
    OPTIONAL_AXES
        .iter()
        .filter(|a| {
            Command::new(weft)
                .args(["-X", &format!("{}=1", a.key), "-c", "pass"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .map(|s| s.success())
                .unwrap_or(false)
        })
        .collect()
}

/// Every configuration: each base mode × each on/off combination of the available axes.
/// An available axis is always passed explicitly (`-X KEY=0` or `=1`), so a change of its
/// default does not change what a name means.
pub fn matrix(axes: &[&'static Axis]) -> Vec<Config> {
    let mut out = Vec::new();
    for base in BASE_MODES {
        for mask in 0..(1usize << axes.len()) {
            let mut args: Vec<String> = base.args.iter().map(|s| s.to_string()).collect();
            let mut on = Vec::new();
            for (i, axis) in axes.iter().enumerate() {
                let enabled = mask & (1 << i) != 0;
                args.push("-X".into());
                args.push(format!("{}={}", axis.key, if enabled { 1 } else { 0 }));
                if enabled {
                    on.push(axis.suffix);
                }
            }
            out.push(Config {
                name: config_name(base.name, on.clone()),
                base: base.name,
                free: base.free,
                args,
                on,
            });
        }
    }
    out
}

/// Picks the configurations named in `--modes` (comma-separated, in the order given;
/// `all` for the whole matrix). An unknown name is an error that lists the known ones
/// and says when it names a tier this weft does not have.
pub fn select(all: &[Config], modes: Option<&str>) -> Result<Vec<Config>, String> {
    let Some(list) = modes else {
        return Ok(all.to_vec());
    };
    let mut out: Vec<Config> = Vec::new();
    for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if name == "all" {
            for c in all {
                if !out.contains(c) {
                    out.push(c.clone());
                }
            }
            continue;
        }
        match all.iter().find(|c| c.name == name) {
            Some(c) => {
                if !out.contains(c) {
                    out.push(c.clone());
                }
            }
            None => {
                let missing: Vec<&str> = name
                    .split('+')
                    .skip(1)
                    .filter(|s| !all.iter().any(|c| c.on.contains(s)))
                    .collect();
                let known: Vec<&str> = all.iter().map(|c| c.name.as_str()).collect();
                let mut msg = format!("unknown mode '{name}'");
                for m in missing {
                    if let Some(a) = OPTIONAL_AXES.iter().find(|a| a.suffix == m) {
                        msg.push_str(&format!(
                            " ('+{m}': this weft does not accept -X {}=1, the {} is not built yet)",
                            a.key, a.what
                        ));
                    }
                }
                msg.push_str(&format!("; known: {}", known.join(", ")));
                return Err(msg);
            }
        }
    }
    if out.is_empty() {
        return Err("--modes names no configuration".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix_without_optional_axes_is_the_three_modes() {
        let m = matrix(&[]);
        let names: Vec<&str> = m.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["gil", "free-biased", "free-atomic"]);
        assert_eq!(m[0].args, ["-X", "gil=1"]);
        assert_eq!(m[2].args, ["-X", "gil=0", "-X", "rc=atomic"]);
        assert!(!m[0].free && m[1].free);
    }

    #[test]
    fn matrix_with_axes_passes_each_explicitly() {
        let axes: Vec<&Axis> = OPTIONAL_AXES.iter().collect();
        let m = matrix(&axes);
        assert_eq!(m.len(), 12);
        let c = m.iter().find(|c| c.name == "free-biased+spec+jit").unwrap();
        assert_eq!(
            c.args,
            [
                "-X",
                "gil=0",
                "-X",
                "rc=biased",
                "-X",
                "specialize=1",
                "-X",
                "jit=1"
            ]
        );
        assert_eq!(c.without("jit"), "free-biased+spec");
        let g = m.iter().find(|c| c.name == "gil").unwrap();
        assert_eq!(g.args, ["-X", "gil=1", "-X", "specialize=0", "-X", "jit=0"]);
    }

    #[test]
    fn select_keeps_order_and_reports_missing_tiers() {
        let m = matrix(&[]);
        let s = select(&m, Some("free-atomic,gil")).unwrap();
        assert_eq!(s[0].name, "free-atomic");
        assert_eq!(s[1].name, "gil");
        assert_eq!(select(&m, None).unwrap().len(), 3);
        assert_eq!(select(&m, Some("all,gil")).unwrap().len(), 3);
        let e = select(&m, Some("gil+spec")).unwrap_err();
        assert!(e.contains("-X specialize=1"), "{e}");
        assert!(e.contains("known: gil, free-biased, free-atomic"), "{e}");
        assert!(select(&m, Some(",")).is_err());
    }
}
