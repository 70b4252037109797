//! Conformance test driver.
//!
//! Runs every `tests/conformance/**/*.py` program under the `weft` binary in
//! every mode of [`MODES`] and compares the results with the expectations that
//! `tests/conformance/regen.sh` recorded from CPython 3.11:
//!
//! * `X.out`  - stdout, compared byte for byte;
//! * `X.err`  - the last line of stderr (if absent, stderr must be empty);
//! * `X.code` - the exit status (if absent, it must be 0).
//!
//! Environment variables:
//!
//! * `WEFT_BIN` - run this interpreter instead of the freshly built `weft`
//!   (e.g. `WEFT_BIN=python3` to check the corpus and the driver themselves);
//! * `WEFT_CONFORMANCE_DIR` - corpus root (default: `tests/conformance` of
//!   this package);
//! * `WEFT_TEST_FILTER` - only run programs whose path relative to the corpus
//!   root contains this substring (e.g. `generators/` or `fstrings/nested`);
//! * `WEFT_TEST_THREADS` - number of worker threads (default: available
//!   parallelism).

use std::env;
use std::ffi::OsString;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// The mode matrix: each entry is the argument list passed to the interpreter
/// before the program's file name. Adding a mode is adding one line here.
/// Specialization is on by default; the last two lines run everything with it off, in
/// both thread modes.
const MODES: &[&[&str]] = &[
    &["-X", "gil=1"],
    &["-X", "gil=0"],
    &["-X", "gil=0", "-X", "rc=atomic"],
    &["-X", "gil=1", "-X", "specialize=0"],
    &["-X", "gil=0", "-X", "specialize=0"],
];

/// Wall-clock limit for one run of one program in one mode.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Longest line shown in a diff before it is shortened.
const MAX_SHOWN_LINE: usize = 240;

/// Most bytes of stdout (and of stderr) kept from one run.
const MAX_CAPTURE: usize = 64 * 1024 * 1024;

/// How many trailing stderr lines a failure report shows.
const STDERR_TAIL_LINES: usize = 6;

/// One program of the corpus and its expectations.
struct Program {
    /// Path relative to the corpus root, with `/` separators (for reports and filtering).
    rel: String,
    /// Directory the program runs in.
    dir: PathBuf,
    /// File name, given to the interpreter as a relative path.
    file: OsString,
    expected: Result<Expected, String>,
}

struct Expected {
    stdout: Vec<u8>,
    /// Last line of stderr, without its line ending; `None` means stderr must be empty.
    stderr_last: Option<String>,
    code: i32,
}

/// What one run produced.
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<ExitStatus>,
    timed_out: bool,
}

struct Failure {
    program: usize,
    mode: usize,
    reasons: Vec<String>,
}

#[test]
fn conformance() {
    let root = corpus_root();
    let bin = interpreter();
    let filter = env::var("WEFT_TEST_FILTER").ok().filter(|f| !f.is_empty());

    let mut paths = Vec::new();
    collect_programs(&root, &mut paths);
    paths.sort();
    assert!(
        !paths.is_empty(),
        "no conformance programs found under {}",
        root.display()
    );

    let programs: Vec<Program> = paths
        .iter()
        .map(|p| load_program(&root, p))
        .filter(|p| filter.as_deref().is_none_or(|f| p.rel.contains(f)))
        .collect();
    if let Some(f) = &filter {
        assert!(
            !programs.is_empty(),
            "no conformance program path contains WEFT_TEST_FILTER={f:?}"
        );
    }

    let jobs: Vec<(usize, usize)> = (0..programs.len())
        .flat_map(|p| (0..MODES.len()).map(move |m| (p, m)))
        .collect();
    let threads = worker_count().min(jobs.len()).max(1);
    println!(
        "conformance: {} program(s) x {} mode(s) with {} using {} thread(s)",
        programs.len(),
        MODES.len(),
        bin.to_string_lossy(),
        threads
    );

    let started = Instant::now();
    let next_job = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let index = next_job.fetch_add(1, Ordering::Relaxed);
                let Some(&(program, mode)) = jobs.get(index) else {
                    break;
                };
                let reasons = check(&bin, &programs[program], MODES[mode]);
                if !reasons.is_empty() {
                    failures.lock().unwrap().push(Failure {
                        program,
                        mode,
                        reasons,
                    });
                }
            });
        }
    });

    let mut failures = failures.into_inner().unwrap();
    failures.sort_by_key(|f| (f.program, f.mode));
    report(&programs, &failures);
    let failed = failures.len();
    let passed = jobs.len() - failed;
    println!(
        "{passed} passed, {failed} failed ({:.1}s)",
        started.elapsed().as_secs_f64()
    );
    if failed > 0 {
        let mut names: Vec<&str> = failures
            .iter()
            .map(|f| programs[f.program].rel.as_str())
            .collect();
        names.dedup();
        panic!(
            "{failed} of {} conformance runs failed ({} program(s)): {}",
            jobs.len(),
            names.len(),
            names.join(", ")
        );
    }
}

/// Prints each failure with its program, mode and reasons. When a program
/// fails the same way in every mode, it is reported once.
fn report(programs: &[Program], failures: &[Failure]) {
    for group in failures.chunk_by(|a, b| a.program == b.program) {
        let same_everywhere =
            group.len() == MODES.len() && group.iter().all(|f| f.reasons == group[0].reasons);
        let shown: &[Failure] = if same_everywhere { &group[..1] } else { group };
        for f in shown {
            let mode = if same_everywhere {
                "all modes".to_string()
            } else {
                MODES[f.mode].join(" ")
            };
            println!("FAIL {} [{mode}]", programs[f.program].rel);
            for reason in &f.reasons {
                for line in reason.lines() {
                    println!("    {line}");
                }
            }
        }
    }
}

fn corpus_root() -> PathBuf {
    match env::var_os("WEFT_CONFORMANCE_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/conformance")),
    }
}

/// The interpreter to run: `WEFT_BIN` or the `weft` binary built for this test.
/// A `WEFT_BIN` containing a path separator is made absolute, because programs
/// run with their own directory as working directory; a bare name is looked up
/// in `PATH`.
fn interpreter() -> OsString {
    match env::var_os("WEFT_BIN") {
        Some(bin) if !bin.is_empty() => {
            let path = PathBuf::from(&bin);
            if path.components().count() > 1 {
                match fs::canonicalize(&path) {
                    Ok(abs) => abs.into_os_string(),
                    Err(e) => panic!("WEFT_BIN={}: {e}", path.display()),
                }
            } else {
                bin
            }
        }
        _ => OsString::from(env!("CARGO_BIN_EXE_weft")),
    }
}

fn worker_count() -> usize {
    env::var("WEFT_TEST_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| thread::available_parallelism().map_or(4, |n| n.get()))
}

fn collect_programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read corpus directory {}: {e}", dir.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("cannot read entry of {}: {e}", dir.display()))
            .path();
        if path.is_dir() {
            collect_programs(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            out.push(path);
        }
    }
}

fn load_program(root: &Path, path: &Path) -> Program {
    let rel = path
        .strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    Program {
        rel,
        dir: path
            .parent()
            .expect("program has a parent directory")
            .to_path_buf(),
        file: path
            .file_name()
            .expect("program has a file name")
            .to_os_string(),
        expected: load_expected(path),
    }
}

fn load_expected(path: &Path) -> Result<Expected, String> {
    let out_path = path.with_extension("out");
    let stdout = fs::read(&out_path).map_err(|e| {
        format!(
            "cannot read {}: {e} (run tests/conformance/regen.sh)",
            out_path.display()
        )
    })?;
    let err_path = path.with_extension("err");
    let stderr_last = match fs::read(&err_path) {
        Ok(bytes) => Some(trim_line_ending(&String::from_utf8_lossy(&bytes)).to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("cannot read {}: {e}", err_path.display())),
    };
    let code_path = path.with_extension("code");
    let code = match fs::read_to_string(&code_path) {
        Ok(text) => text
            .trim()
            .parse()
            .map_err(|e| format!("bad exit status in {}: {e}", code_path.display()))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
        Err(e) => return Err(format!("cannot read {}: {e}", code_path.display())),
    };
    Ok(Expected {
        stdout,
        stderr_last,
        code,
    })
}

/// Runs `program` in one mode; returns the reasons it failed (empty on success).
fn check(bin: &OsString, program: &Program, mode: &[&str]) -> Vec<String> {
    let expected = match &program.expected {
        Ok(e) => e,
        Err(msg) => return vec![msg.clone()],
    };
    let outcome = match run(bin, program, mode) {
        Ok(o) => o,
        Err(msg) => return vec![msg],
    };
    let mut reasons = Vec::new();
    if outcome.timed_out {
        reasons.push(format!("timed out after {}s (killed)", TIMEOUT.as_secs()));
    } else {
        match outcome.status.and_then(|s| s.code()) {
            Some(code) if code == expected.code => {}
            Some(code) => reasons.push(format!(
                "exit status: expected {}, got {code}",
                expected.code
            )),
            None => reasons.push(format!(
                "exit status: expected {}, got {}",
                expected.code,
                describe_status(outcome.status)
            )),
        }
    }
    if outcome.stdout != expected.stdout {
        reasons.push(stdout_diff(&expected.stdout, &outcome.stdout));
    }
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    let stderr_ok = match &expected.stderr_last {
        None => outcome.stderr.is_empty(),
        Some(want) => last_line(&stderr) == Some(want.as_str()),
    };
    if !stderr_ok {
        let want = match &expected.stderr_last {
            None => "stderr: expected empty".to_string(),
            Some(want) => format!("stderr last line: expected {}", shown(want)),
        };
        let got = match last_line(&stderr) {
            None if outcome.stderr.is_empty() => "got empty stderr".to_string(),
            None => "got blank stderr".to_string(),
            Some(line) => format!("got {}", shown(line)),
        };
        reasons.push(format!("{want}, {got}"));
    }
    if !reasons.is_empty() && !outcome.stderr.is_empty() {
        reasons.push(format!("stderr tail:\n{}", stderr_tail(&stderr)));
    }
    reasons
}

fn run(bin: &OsString, program: &Program, mode: &[&str]) -> Result<Outcome, String> {
    let mut child = Command::new(bin)
        .args(mode)
        .arg(&program.file)
        .current_dir(&program.dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.to_string_lossy()))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let (status, timed_out) = wait_with_timeout(&mut child, TIMEOUT);
    Ok(Outcome {
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
        status,
        timed_out,
    })
}

/// Reads a child's pipe to the end on its own thread, so that neither pipe can
/// fill up and block the child. Keeps at most [`MAX_CAPTURE`] bytes; the rest is
/// read and dropped, so a runaway program cannot exhaust the test's memory.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let Some(mut pipe) = pipe else {
            return buf;
        };
        let mut chunk = [0u8; 64 * 1024];
        loop {
            match pipe.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => {
                    let room = MAX_CAPTURE.saturating_sub(buf.len());
                    buf.extend_from_slice(&chunk[..n.min(room)]);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                // A read error just truncates the captured output; the comparison reports it.
                Err(_) => break,
            }
        }
        buf
    })
}

/// Waits for `child`, killing it once `limit` has passed. Returns its status
/// (if it could be collected) and whether it was killed for running too long.
fn wait_with_timeout(child: &mut Child, limit: Duration) -> (Option<ExitStatus>, bool) {
    let deadline = Instant::now() + limit;
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) => {}
            Err(_) => return (child.wait().ok(), false),
        }
        let now = Instant::now();
        if now >= deadline {
            let _ = child.kill();
            return (child.wait().ok(), true);
        }
        thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(25));
    }
}

fn describe_status(status: Option<ExitStatus>) -> String {
    let Some(status) = status else {
        return "no exit status".to_string();
    };
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("killed by signal {signal}");
        }
    }
    status.to_string()
}

fn trim_line_ending(s: &str) -> &str {
    s.trim_end_matches(['\n', '\r'])
}

/// The last line of `text`, ignoring trailing line endings; `None` if there is none.
fn last_line(text: &str) -> Option<&str> {
    let trimmed = trim_line_ending(text);
    if trimmed.is_empty() {
        return None;
    }
    trimmed
        .rsplit('\n')
        .next()
        .map(|l| l.trim_end_matches('\r'))
}

fn stderr_tail(stderr: &str) -> String {
    let lines: Vec<&str> = trim_line_ending(stderr).lines().collect();
    let start = lines.len().saturating_sub(STDERR_TAIL_LINES);
    lines[start..]
        .iter()
        .map(|l| format!("  | {}", shorten(l)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Describes the first difference between expected and actual stdout.
fn stdout_diff(expected: &[u8], actual: &[u8]) -> String {
    if expected.strip_suffix(b"\n") == Some(actual) {
        return "stdout differs only at the end: expected a final newline, got none".to_string();
    }
    if actual.strip_suffix(b"\n") == Some(expected) {
        return "stdout differs only at the end: got an extra final newline".to_string();
    }
    let want: Vec<&[u8]> = expected.split(|&b| b == b'\n').collect();
    let got: Vec<&[u8]> = actual.split(|&b| b == b'\n').collect();
    for i in 0..want.len().max(got.len()) {
        let (w, g) = (want.get(i), got.get(i));
        if w == g {
            continue;
        }
        let show = |line: Option<&&[u8]>, other_len: usize| match line {
            Some(l) if i + 1 == other_len && l.is_empty() => "<end of output>".to_string(),
            Some(l) => shown(&String::from_utf8_lossy(l)),
            None => "<end of output>".to_string(),
        };
        let (w, g) = (show(w, want.len()), show(g, got.len()));
        return format!(
            "stdout differs at line {} ({} vs {} bytes expected/got):\n  expected: {w}\n  got:      {g}",
            i + 1,
            expected.len(),
            actual.len(),
        );
    }
    format!(
        "stdout differs ({} vs {} bytes)",
        expected.len(),
        actual.len()
    )
}

fn shown(line: &str) -> String {
    format!("{:?}", shorten(line))
}

fn shorten(line: &str) -> String {
    if line.chars().count() <= MAX_SHOWN_LINE {
        line.to_string()
    } else {
        let head: String = line.chars().take(MAX_SHOWN_LINE).collect();
        format!("{head}... ({} chars)", line.chars().count())
    }
}
