//! GIL mode with real threads: the GIL changes hands at the switch interval so every
//! thread running a Python loop makes progress, and stop-the-world parks them all.

use std::sync::atomic::Ordering;
use std::sync::OnceLock;

use weft_interp::compile::CompileMode;
use weft_interp::object::Value;
use weft_interp::thread::{self, state};
use weft_interp::types::{dict, int, list};
use weft_interp::{Options, Runtime, ThreadMode, Vm};

fn runtime() {
    static INIT: OnceLock<()> = OnceLock::new();
    INIT.get_or_init(|| {
        std::thread::spawn(|| {
            Runtime::init(Options {
                thread_mode: ThreadMode::Gil,
                ..Options::default()
            });
            thread::exit_current_thread();
        })
        .join()
        .unwrap();
    });
}

fn snapshot(counts: &Value) -> Vec<i64> {
    // Read under the GIL: the caller is an attached Python thread.
    list::as_list(counts)
        .unwrap()
        .snapshot()
        .iter()
        .map(|v| v.as_small_int().unwrap())
        .collect()
}

#[test]
fn gil_hands_over_and_the_world_stops() {
    runtime();
    let main = thread::enter_python_thread();
    let n = 3;
    let counts = list::new_list((0..n).map(|_| Value::small_int(0)).collect());
    let flag = list::new_list(vec![int::new_bool(false)]);
    let src = "while not flag[0]:\n    counts[me] = counts[me] + 1\n";
    let mut hs = Vec::new();
    for i in 0..n {
        let counts = counts.clone();
        let flag = flag.clone();
        hs.push(std::thread::spawn(move || {
            let _t = thread::enter_python_thread();
            let vm = Vm::new();
            let g = dict::new_dict();
            dict::dict_set_str(&g, "counts", counts);
            dict::dict_set_str(&g, "flag", flag);
            dict::dict_set_str(&g, "me", Value::small_int(i as i64));
            let code =
                weft_interp::modules::compile_source(&vm, src, "<looper>", CompileMode::Exec)
                    .unwrap();
            weft_interp::eval::run_module_code(&vm, code, &g).unwrap();
        }));
    }
    // Only the GIL holder runs: let the others in by blocking (which releases the GIL).
    while snapshot(&counts).contains(&0) {
        thread::blocking(|| std::thread::sleep(std::time::Duration::from_millis(5)));
    }
    thread::stop_the_world();
    let me = state::current().unwrap() as *const state::ThreadState;
    for t in state::all() {
        if !std::ptr::eq(&*t, me) {
            assert_eq!(t.state.load(Ordering::Acquire), state::PARKED);
        }
    }
    let a = snapshot(&counts);
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert_eq!(a, snapshot(&counts));
    thread::start_the_world();
    // The loopers share the GIL: each one keeps making progress.
    let b = snapshot(&counts);
    loop {
        thread::blocking(|| std::thread::sleep(std::time::Duration::from_millis(5)));
        let c = snapshot(&counts);
        if c.iter().zip(&b).all(|(n, o)| n > o) {
            break;
        }
    }
    list::as_list(&flag).unwrap().set(0, int::new_bool(true));
    for h in hs {
        thread::blocking(|| h.join().unwrap());
    }
    drop(main);
}
