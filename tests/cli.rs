//! Tests of the command line: mode switches, refusals of tiers not built yet,
//! `--dump-bytecode`, and exit statuses.

use std::process::{Command, Output};

fn weft(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weft"));
    cmd.args(args)
        .env_remove("PYTHON_GIL")
        .env_remove("PYTHON_JIT");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("weft runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn gil_mode_is_chosen_at_start_up() {
    let code = "import sys; print(sys._is_gil_enabled())";
    assert_eq!(stdout(&weft(&["-c", code], &[])), "False\n");
    assert_eq!(stdout(&weft(&["-X", "gil=1", "-c", code], &[])), "True\n");
    assert_eq!(
        stdout(&weft(&["-c", code], &[("PYTHON_GIL", "1")])),
        "True\n"
    );
    // The command line overrides the environment.
    assert_eq!(
        stdout(&weft(&["-X", "gil=0", "-c", code], &[("PYTHON_GIL", "1")])),
        "False\n"
    );
}

#[test]
fn tiers_not_built_are_refused_clearly() {
    let o = weft(&["-X", "jit=1", "-c", "pass"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not built yet"));
    // Specialization is built (and on by default).
    let o = weft(&["-X", "specialize=1", "-c", "print(2)"], &[]);
    assert_eq!(stdout(&o), "2\n");
    let o = weft(&["-c", "pass"], &[("PYTHON_JIT", "1")]);
    assert_eq!(o.status.code(), Some(2));
    // The 'off' values are accepted.
    let o = weft(
        &[
            "-X",
            "specialize=0",
            "-X",
            "jit=0",
            "-X",
            "rc=atomic",
            "-c",
            "print(1)",
        ],
        &[],
    );
    assert_eq!(stdout(&o), "1\n");
    let o = weft(&["-X", "rc=bogus", "-c", "pass"], &[]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn dump_bytecode_shows_every_code_object() {
    let o = weft(
        &[
            "--dump-bytecode",
            "-c",
            "def f(x):\n    return x + 1\nprint(f(1))",
        ],
        &[],
    );
    let out = stdout(&o);
    assert!(out.contains("<code object <module>"));
    assert!(out.contains("<code object f"));
    assert!(out.contains("BINARY_OP"));
    assert!(
        out.ends_with("2\n"),
        "the program still runs after the dump"
    );
}

#[test]
fn exit_statuses_follow_cpython() {
    assert_eq!(
        weft(&["-c", "import sys; sys.exit(3)"], &[]).status.code(),
        Some(3)
    );
    let o = weft(&["-c", "import sys; sys.exit('bye')"], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&o.stderr), "bye\n");
    let o = weft(&["-c", "1/0"], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).ends_with("ZeroDivisionError: division by zero\n"));
    let o = weft(&["-c", "x = (1,"], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("SyntaxError: '(' was never closed"));
    assert_eq!(
        weft(&["/nonexistent/script.py"], &[]).status.code(),
        Some(2)
    );
    assert_eq!(weft(&["--no-such-option"], &[]).status.code(), Some(2));
}

#[test]
fn argv_excludes_interpreter_options() {
    let o = weft(
        &["-X", "gil=1", "-c", "import sys; print(sys.argv)", "a", "b"],
        &[],
    );
    assert_eq!(stdout(&o), "['-c', 'a', 'b']\n");
}
