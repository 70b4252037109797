//! criterion micro-benchmarks of interpreter pieces, through weft-interp's public API in
//! the default mode (free-threaded, biased refcounting): dispatch of a simple
//! instruction, dict lookup hit and miss, attribute load, calls of a Python function
//! (from Rust and from Python) and creation of a small object.
//!
//! Owns: nothing but measurement. Must not: depend on interpreter internals beyond the
//! public API (`ops`, `types::dict`, `modules::compile_source`, `eval::run_module_code`).
//!
//! `cargo bench -p weft-benches --bench interp`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use weft_interp::compile::CompileMode;
use weft_interp::object::Value;
use weft_interp::types::{dict, int::new_int, str as pystr, tuple::new_tuple};
use weft_interp::{ops, Options, Runtime, Vm};

/// `dispatch400`: 200 `y = x` statements, i.e. 200 LOAD_FAST + 200 STORE_FAST.
fn source() -> String {
    let mut s = String::from(
        "class P:\n    k = 5\n    def __init__(self, x):\n        self.x = x\n\n\
         def f(a):\n    return a\n\n\
         def calls(n):\n    for i in range(n):\n        f(i)\n\n\
         def dispatch0():\n    x = 1\n    return x\n\n\
         def dispatch400():\n    x = 1\n",
    );
    for _ in 0..200 {
        s.push_str("    y = x\n");
    }
    s.push_str("    return y\n\np = P(1)\n");
    s
}

fn global(g: &Value, name: &str) -> Value {
    dict::dict_get_str(g, &pystr::intern(name)).expect("benchmark source defines it")
}

fn interp(c: &mut Criterion) {
    Runtime::init(Options::default());
    let vm = Vm::new();
    let code = weft_interp::modules::compile_source(&vm, &source(), "<bench>", CompileMode::Exec)
        .expect("benchmark source compiles");
    let g = dict::new_dict();
    weft_interp::eval::run_module_code(&vm, code, &g).expect("benchmark source runs");

    let d0 = global(&g, "dispatch0");
    let d400 = global(&g, "dispatch400");
    let mut group = c.benchmark_group("dispatch");
    group.bench_function("call of a 2-statement function", |b| {
        b.iter(|| ops::call0(&vm, black_box(&d0)).unwrap())
    });
    group.throughput(Throughput::Elements(400));
    group.bench_function(
        "call + 200 LOAD_FAST/STORE_FAST pairs (per instruction)",
        |b| b.iter(|| ops::call0(&vm, black_box(&d400)).unwrap()),
    );
    group.finish();

    let d = dict::new_dict();
    for i in 0..1000 {
        dict::dict_set_str(&d, &format!("key{i}"), new_int(i));
    }
    let hit = pystr::intern("key500");
    let miss = pystr::intern("absent");
    let ints = dict::new_dict();
    for i in 0..1000 {
        dict::dict_set(&vm, &ints, new_int(i * 7), new_int(i)).unwrap();
    }
    let (ihit, imiss) = (new_int(7 * 500), new_int(3));
    let mut group = c.benchmark_group("dict lookup");
    group.bench_function("str key hit", |b| {
        b.iter(|| dict::dict_get(&vm, black_box(&d), black_box(&hit)).unwrap())
    });
    group.bench_function("str key miss", |b| {
        b.iter(|| dict::dict_get(&vm, black_box(&d), black_box(&miss)).unwrap())
    });
    group.bench_function("int key hit", |b| {
        b.iter(|| dict::dict_get(&vm, black_box(&ints), black_box(&ihit)).unwrap())
    });
    group.bench_function("int key miss", |b| {
        b.iter(|| dict::dict_get(&vm, black_box(&ints), black_box(&imiss)).unwrap())
    });
    group.finish();

    let p = global(&g, "p");
    let x = pystr::intern("x");
    let k = pystr::intern("k");
    let mut group = c.benchmark_group("attribute load");
    group.bench_function("instance attribute", |b| {
        b.iter(|| ops::getattr(&vm, black_box(&p), black_box(&x)).unwrap())
    });
    group.bench_function("class attribute through an instance", |b| {
        b.iter(|| ops::getattr(&vm, black_box(&p), black_box(&k)).unwrap())
    });
    group.finish();

    let f = global(&g, "f");
    let calls = global(&g, "calls");
    let mut group = c.benchmark_group("call");
    group.bench_function("Python function, 1 argument, from Rust", |b| {
        b.iter(|| ops::call1(&vm, black_box(&f), new_int(3)).unwrap())
    });
    group.throughput(Throughput::Elements(1000));
    group.bench_function(
        "Python function, 1 argument, from a Python loop (per call)",
        |b| b.iter(|| ops::call1(&vm, black_box(&calls), new_int(1000)).unwrap()),
    );
    group.finish();

    let class = global(&g, "P");
    let mut group = c.benchmark_group("small object");
    group.bench_function(
        "instance of a class with __init__ setting one attribute",
        |b| b.iter(|| ops::call1(&vm, black_box(&class), new_int(1)).unwrap()),
    );
    group.bench_function("2-tuple", |b| {
        b.iter(|| new_tuple(vec![new_int(1), new_int(2)]))
    });
    group.finish();
}

criterion_group!(benches, interp);
criterion_main!(benches);
