//! The `time` module: clocks and sleeping.
//!
//! Owns: time, perf_counter, monotonic, process_time, sleep and friends. `sleep` is a
//! blocking call (in GIL mode the GIL is released around it once threads exist).

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::object::Value;
use crate::ops;
use crate::types::native::{add_function, check_count, NativeFn};
use crate::types::{float::new_float, int::new_int, none};
use crate::vm::{PyResult, Vm};

fn set(d: &Value, name: &'static str, f: NativeFn) {
    add_function(d, "time", name, f);
}

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    set(d, "time", time);
    set(d, "time_ns", time_ns);
    set(d, "perf_counter", perf_counter);
    set(d, "perf_counter_ns", perf_counter_ns);
    set(d, "monotonic", perf_counter);
    set(d, "monotonic_ns", perf_counter_ns);
    set(d, "process_time", process_time);
    set(d, "thread_time", process_time);
    set(d, "sleep", sleep);
    Ok(())
}

fn since_epoch() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn start() -> Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn time(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "time", args.len(), 0, 0)?;
    Ok(new_float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "time_ns", args.len(), 0, 0)?;
    Ok(crate::types::int::new_int_big(num_bigint::BigInt::from(
        since_epoch().as_nanos(),
    )))
}

fn perf_counter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "perf_counter", args.len(), 0, 0)?;
    Ok(new_float(start().elapsed().as_secs_f64()))
}

fn perf_counter_ns(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "perf_counter_ns", args.len(), 0, 0)?;
    Ok(new_int(start().elapsed().as_nanos() as i64))
}

fn process_time(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "process_time", args.len(), 0, 0)?;
    let mut ts = libc_timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `clock_gettime` writes a timespec into the valid, properly aligned `ts`.
    let rc = unsafe { clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Ok(new_float(start().elapsed().as_secs_f64()));
    }
    Ok(new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

#[repr(C)]
struct libc_timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

extern "C" {
    fn clock_gettime(clk: i32, ts: *mut libc_timespec) -> i32;
}

fn sleep(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "sleep", args.len(), 1, 1)?;
    let secs = match crate::types::float::as_float(&args[0]) {
        Some(f) => f,
        None => match crate::types::int::to_bigint(&args[0]) {
            Some(i) => crate::numeric::int_to_f64(&i)
                .map_err(|_| vm.overflow_error("timestamp too large to convert to C _PyTime_t"))?,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    ops::type_name(&args[0])
                )))
            }
        },
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 0.0 {
        crate::thread::blocking(|| {
            std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e9)))
        });
    }
    Ok(none::none())
}
