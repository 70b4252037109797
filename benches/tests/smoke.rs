//! Smoke tests of the runner binary: a real weft runs two tiny programs in every
//! configuration, one round, quick sizes; and a fake interpreter whose outputs differ per
//! mode (and which fails in one) must be reported as a mismatch and a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

fn runner() -> Command {
    Command::new(env!("CARGO_BIN_EXE_weft-benches"))
}

/// target/<profile>/weft, next to the runner binary.
fn weft() -> PathBuf {
    let exe = PathBuf::from(env!("CARGO_BIN_EXE_weft-benches"));
    exe.with_file_name("weft")
}

fn out_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("weft-benches-smoke-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn quick_run_of_one_tiny_program_per_suite() {
    let weft = weft();
    assert!(
        weft.is_file(),
        "no weft binary at {} (the workspace's `cargo test --release` builds it; alone: `cargo build --release` first)",
        weft.display()
    );
    let out = out_dir("quick");
    let readme = out_dir("readme").with_extension("md");
    std::fs::write(
        &readme,
        format!(
            "# r\n{}\nold figures\n{}\nafter\n",
            weft_benches::README_BEGIN,
            weft_benches::README_END
        ),
    )
    .unwrap();
    let o = runner()
        .args(["--quick", "--rounds", "1", "--warmup", "0", "--no-build"])
        .args(["--programs", "fib,numeric", "--threads", "1,2"])
        .args(["--compare", "python3,no-such-python-here"])
        .arg("--out")
        .arg(&out)
        .arg("--update-readme")
        .arg(&readme)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "runner failed:\n{stderr}");
    assert!(
        stderr.contains("'no-such-python-here' is not on PATH"),
        "{stderr}"
    );

    let md = read(&out, "report.md");
    for needle in [
        "# weft benchmark report",
        "| fib |",
        "| *start-up (`-c pass`), included above* |",
        "`gil` | `-X gil=1",
        "`free-biased` / `gil`",
        "`free-atomic` / `free-biased`",
        "| numeric | `free-biased` |",
        "| numeric | machine ceiling |",
        "speed-up 2",
        "](scaling.svg)",
    ] {
        assert!(md.contains(needle), "report.md lacks {needle:?}:\n{md}");
    }
    assert!(!md.contains("## Problems"), "{md}");

    let json = read(&out, "report.json");
    for needle in [
        "\"weft_commit\"",
        "\"cores\"",
        "\"date\"",
        "\"program\": \"fib\"",
        "\"target\": \"free-atomic\"",
        "\"kind\": \"ceiling\"",
        "\"compare_missing\": [\"no-such-python-here\"]",
    ] {
        assert!(json.contains(needle), "report.json lacks {needle}");
    }
    // One timed run per series.
    assert!(json.contains("\"wall_s\": ["), "{json}");
    assert!(
        !json.contains("\"wall_s\": []"),
        "a series without a run:\n{json}"
    );

    for svg in ["times.svg", "relative.svg", "scaling.svg"] {
        let s = read(&out, svg);
        assert!(
            s.starts_with("<svg") && s.trim_end().ends_with("</svg>"),
            "{svg}"
        );
    }
    let ex = read(&out, "experiments.md");
    assert!(ex.contains("What free threading costs one thread"), "{ex}");
    assert!(ex.contains("machine ceiling"), "{ex}");

    let r = std::fs::read_to_string(&readme).unwrap();
    assert!(!r.contains("old figures") && r.contains("What biased refcounting buys"));
    assert!(r.ends_with(&format!("{}\nafter\n", weft_benches::README_END)));
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_file(&readme);
}

#[test]
fn mismatches_and_failures_are_reported() {
    let out = out_dir("fake");
    std::fs::create_dir_all(&out).unwrap();
    // A stand-in for weft: accepts no optional tier, prints its -X gil= option (so gil and
    // free configurations disagree) and fails under rc=atomic.
    let fake = out.join("fake-weft");
    std::fs::write(
        &fake,
        "#!/bin/sh\ncase \"$*\" in\n  *-c\\ pass*) case \"$*\" in *specialize=1*|*jit=1*) exit 2;; esac; exit 0;;\n  *rc=atomic*) echo boom >&2; exit 3;;\nesac\necho \"$2\"\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let o = runner()
        .args([
            "--quick", "--rounds", "2", "--warmup", "0", "--suite", "single",
        ])
        .args(["--programs", "fib"])
        .arg("--weft")
        .arg(&fake)
        .arg("--out")
        .arg(out.join("report"))
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let md = read(&out.join("report"), "report.md");
    assert!(
        md.contains("MISMATCH fib under free-biased: output differs from gil's (line 1: expected \"gil=1\", got \"gil=0\")"),
        "{md}"
    );
    assert!(
        md.contains("FAIL fib under free-atomic: exit status 3 (round 1)"),
        "{md}"
    );
    assert!(md.contains("boom"), "{md}");
    // A failed or mismatched configuration has no ratio.
    assert!(md.contains("| fib | – | – |"), "{md}");
    assert!(
        md.contains("the adaptive specialization (`-X specialize=1` is refused"),
        "{md}"
    );
    let _ = std::fs::remove_dir_all(&out);
}
