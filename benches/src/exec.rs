//! Running interpreter processes and timing them.
//!
//! Owns: starting a batch of processes at once, the per-run time limit, wall-clock time
//! (spawn to exit, so it includes interpreter start-up), each child's CPU time (user +
//! system, from `wait4`), and capturing stdout and the tail of stderr.
//! Must not: decide what to run or interpret outputs.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// One command line.
#[derive(Clone, Debug)]
pub struct Invocation {
    pub program: PathBuf,
    pub args: Vec<String>,
}

impl Invocation {
    /// The command line as a shell would show it (for the report).
    pub fn display(&self) -> String {
        std::iter::once(self.program.display().to_string())
            .chain(self.args.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Exit {
    Ok,
    /// Exit status other than 0.
    Code(i32),
    /// Killed by a signal (not by us).
    Signal(i32),
    /// Ran past the time limit and was killed.
    Timeout,
    /// Could not be started.
    Spawn(String),
}

impl Exit {
    pub fn describe(&self) -> String {
        match self {
            Exit::Ok => "ok".into(),
            Exit::Code(c) => format!("exit status {c}"),
            Exit::Signal(s) => format!("killed by signal {s}"),
            Exit::Timeout => "time limit".into(),
            Exit::Spawn(e) => format!("cannot start: {e}"),
        }
    }
}

/// What one process did.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub exit: Exit,
    /// User + system CPU seconds of the process (and its children).
    pub cpu: f64,
    pub stdout: String,
    /// The last lines of stderr (for failure notes).
    pub stderr_tail: String,
}

/// Runs `invs` all at once, each with stdin from /dev/null, and waits for all of them.
/// Returns the wall-clock seconds from the first spawn to the last exit, and each
/// process's outcome. A process still running after `limit` is killed (`Exit::Timeout`).
pub fn run_batch(invs: &[Invocation], limit: Duration, scratch: &Path) -> (f64, Vec<Outcome>) {
    struct Running {
        pid: libc::pid_t,
        out: PathBuf,
        err: PathBuf,
    }
    let mut running: Vec<Result<Running, String>> = Vec::new();
    let start = Instant::now();
    for (i, inv) in invs.iter().enumerate() {
        let out = scratch.join(format!("run{i}.out"));
        let err = scratch.join(format!("run{i}.err"));
        let spawned = (|| -> Result<Running, String> {
            let fo = File::create(&out).map_err(|e| e.to_string())?;
            let fe = File::create(&err).map_err(|e| e.to_string())?;
            let child = Command::new(&inv.program)
                .args(&inv.args)
                .stdin(Stdio::null())
                .stdout(fo)
                .stderr(fe)
                .spawn()
                .map_err(|e| e.to_string())?;
            // The child is reaped below with wait4 (for its CPU time); std's handle is
            // dropped without waiting, which leaves it alone.
            Ok(Running {
                pid: child.id() as libc::pid_t,
                out: out.clone(),
                err: err.clone(),
            })
        })();
        running.push(spawned);
    }
    // The watchdog kills whatever is still running at the deadline. Children are waited
    // for with WNOWAIT first (they stay zombies, so their pids cannot be reused while the
    // watchdog might still signal them), and reaped only after the watchdog has stopped.
    let pids: Vec<libc::pid_t> = running
        .iter()
        .filter_map(|r| r.as_ref().ok().map(|r| r.pid))
        .collect();
    let (stop_tx, stop_rx) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if let Err(mpsc::RecvTimeoutError::Timeout) = stop_rx.recv_timeout(limit) {
            for pid in pids {
                // SAFETY: `pid` is our child, not yet reaped (see above); sending it a
                // signal has no memory-safety implications.
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
            true
        } else {
            false
        }
    });
    for r in running.iter().flatten() {
        wait_exited(r.pid);
    }
    let wall = start.elapsed().as_secs_f64();
    let _ = stop_tx.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    let mut outcomes = Vec::new();
    for r in running {
        outcomes.push(match r {
            Err(e) => Outcome {
                exit: Exit::Spawn(e),
                cpu: 0.0,
                stdout: String::new(),
                stderr_tail: String::new(),
            },
            Ok(r) => {
                let (status, cpu) = reap(r.pid);
                let exit = if libc::WIFEXITED(status) {
                    match libc::WEXITSTATUS(status) {
                        0 => Exit::Ok,
                        c => Exit::Code(c),
                    }
                } else if libc::WIFSIGNALED(status) {
                    if timed_out && libc::WTERMSIG(status) == libc::SIGKILL {
                        Exit::Timeout
                    } else {
                        Exit::Signal(libc::WTERMSIG(status))
                    }
                } else {
                    Exit::Code(-1)
                };
                let stdout = read_lossy(&r.out);
                let stderr = read_lossy(&r.err);
                let _ = std::fs::remove_file(&r.out);
                let _ = std::fs::remove_file(&r.err);
                Outcome {
                    exit,
                    cpu,
                    stdout,
                    stderr_tail: tail_lines(&stderr, 8),
                }
            }
        });
    }
    (wall, outcomes)
}

/// Runs one process; see `run_batch`.
pub fn run_one(inv: &Invocation, limit: Duration, scratch: &Path) -> (f64, Outcome) {
    let (wall, mut outs) = run_batch(std::slice::from_ref(inv), limit, scratch);
    (wall, outs.remove(0))
}

/// Blocks until child `pid` has exited, without reaping it.
fn wait_exited(pid: libc::pid_t) {
    loop {
        // SAFETY: `info` is a plain C struct that waitid fills in; zeroed is a valid value.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: waiting on our own child with a valid out-pointer.
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if r == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return;
        }
    }
}

/// Reaps child `pid`: its wait status and CPU seconds (user + system).
fn reap(pid: libc::pid_t) -> (i32, f64) {
    let mut status = 0;
    // SAFETY: plain C struct filled in by wait4; zeroed is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: waiting on our own child with valid out-pointers.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return (-1, 0.0);
        }
    }
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (status, tv(usage.ru_utime) + tv(usage.ru_stime))
}

fn read_lossy(path: &Path) -> String {
    let mut buf = Vec::new();
    if let Ok(mut f) = File::open(path) {
        let _ = f.read_to_end(&mut buf);
    }
    String::from_utf8_lossy(&buf).into_owned()
}

/// The last `n` lines of `s`.
pub fn tail_lines(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Invocation {
        Invocation {
            program: "/bin/sh".into(),
            args: vec!["-c".into(), script.into()],
        }
    }

    fn scratch(name: &str) -> PathBuf {
        let d =
            std::env::temp_dir().join(format!("weft-benches-exec-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn captures_output_and_status() {
        let d = scratch("status");
        let (wall, o) = run_one(
            &sh("echo hi; echo oops >&2; exit 3"),
            Duration::from_secs(20),
            &d,
        );
        assert_eq!(o.exit, Exit::Code(3));
        assert_eq!(o.stdout, "hi\n");
        assert_eq!(o.stderr_tail, "oops");
        assert!(wall > 0.0);
        let (_, o) = run_one(&sh("echo ok"), Duration::from_secs(20), &d);
        assert_eq!(o.exit, Exit::Ok);
        let bad = Invocation {
            program: d.join("no-such-binary"),
            args: vec![],
        };
        let (_, o) = run_one(&bad, Duration::from_secs(20), &d);
        assert!(matches!(o.exit, Exit::Spawn(_)));
    }

    #[test]
    fn kills_at_the_time_limit() {
        let d = scratch("limit");
        let t = Instant::now();
        let (_, o) = run_one(&sh("exec sleep 30"), Duration::from_millis(300), &d);
        assert_eq!(o.exit, Exit::Timeout);
        assert!(t.elapsed() < Duration::from_secs(20));
    }

    #[test]
    fn a_batch_runs_at_once() {
        let d = scratch("batch");
        let invs = vec![sh("sleep 0.5; echo a"), sh("sleep 0.5; echo b")];
        let (wall, outs) = run_batch(&invs, Duration::from_secs(20), &d);
        assert_eq!(outs[0].stdout, "a\n");
        assert_eq!(outs[1].stdout, "b\n");
        assert!((0.5..0.95).contains(&wall), "not run at once: {wall}");
    }

    #[test]
    fn tail() {
        assert_eq!(tail_lines("a\nb\nc\n", 2), "b\nc");
        assert_eq!(tail_lines("a", 5), "a");
        assert_eq!(tail_lines("", 5), "");
    }
}
