//! Unit tests of the compiler: instruction shapes (through the disassembler), stack-depth
//! consistency, scopes, error messages and positions, limits, and a sweep over the
//! conformance and benchmark programs.

use super::{compile, CompileError, CompileErrorKind, CompileMode};
use crate::bytecode::{code_flags, disassemble, CodeUnit, Constant, Opcode};

/// Runs `f` on a thread with a large stack (the compiler's passes recurse per nesting level).
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("compiler panicked")
}

fn comp_mode(src: &str, mode: CompileMode) -> Result<CodeUnit, CompileError> {
    let src = src.to_string();
    big_stack(move || compile(&src, "test.py", mode))
}

fn comp(src: &str) -> CodeUnit {
    match comp_mode(src, CompileMode::Exec) {
        Ok(c) => c,
        Err(e) => panic!("compile failed: {e:?}\n{src}"),
    }
}

fn dis(src: &str) -> String {
    disassemble(&comp(src))
}

fn err(src: &str) -> CompileError {
    match comp_mode(src, CompileMode::Exec) {
        Ok(c) => panic!("expected an error for {src:?}, got\n{}", disassemble(&c)),
        Err(e) => e,
    }
}

fn err_msg(src: &str) -> String {
    err(src).msg
}

/// The opcode names of a code unit, in order.
fn ops(code: &CodeUnit) -> Vec<&'static str> {
    code.instructions.iter().map(|i| i.op().name()).collect()
}

/// The first nested code object (a function, class body, lambda or comprehension).
fn inner(code: &CodeUnit) -> &CodeUnit {
    code.consts
        .iter()
        .find_map(|c| match c {
            Constant::Code(c) => Some(&**c),
            _ => None,
        })
        .expect("no nested code object")
}

/// Asserts that `needle` (lines of opcode names) appears as a contiguous run in `code`.
fn assert_seq(code: &CodeUnit, needle: &[&str]) {
    let o = ops(code);
    let found = o.windows(needle.len()).any(|w| w == needle);
    assert!(
        found,
        "sequence {needle:?} not found in\n{}",
        disassemble(code)
    );
}

fn walk(code: &CodeUnit, f: &mut impl FnMut(&CodeUnit)) {
    f(code);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            walk(inner, f);
        }
    }
}

// ----- shapes -------------------------------------------------------------------------------

#[test]
fn disassembly_names_arguments() {
    let text = dis("def f(a):\n    return a + g\n");
    assert!(text.contains("LOAD_FAST                   0 (a)"), "{text}");
    assert!(text.contains("LOAD_GLOBAL                 0 (g)"), "{text}");
    assert!(text.contains("<code object f>"), "{text}");
}

#[test]
fn module_stores_docstring_and_returns_none() {
    let c = comp("\"\"\"doc\"\"\"\nx = 1\n");
    assert_eq!(c.consts[0], Constant::Str("doc".into()));
    assert_seq(
        &c,
        &["LOAD_CONST", "STORE_NAME", "LOAD_CONST", "STORE_NAME"],
    );
    assert_eq!(c.names[0], "__doc__");
    assert_eq!(ops(&c).last(), Some(&"RETURN_VALUE"));
    assert_eq!(c.qualname, "<module>");
}

#[test]
fn chained_assignment_copies() {
    let c = comp("a = b = c\n");
    assert_eq!(
        ops(&c)[..4],
        ["LOAD_NAME", "COPY", "STORE_NAME", "STORE_NAME"]
    );
}

#[test]
fn constant_folding_of_signs_and_tuples() {
    let c = comp("x = -1\ny = (1, -2.5, 'a', (None, True))\nz = -(3j)\n");
    assert!(c.consts.contains(&Constant::Int((-1).into())));
    assert!(c.consts.contains(&Constant::Tuple(vec![
        Constant::Int(1.into()),
        Constant::Float(-2.5),
        Constant::Str("a".into()),
        Constant::Tuple(vec![Constant::None, Constant::Bool(true)]),
    ])));
    assert!(c.consts.contains(&Constant::Complex(-0.0, -3.0)));
    assert!(!ops(&c).contains(&"UNARY_NEGATIVE"));
    assert!(!ops(&c).contains(&"BUILD_TUPLE"));
}

#[test]
fn binary_operators_on_constants_fold_within_limits() {
    let c = comp("a = 2 ** 10\nb = 1 << 100\nc = 'ab' * 2\nd = 0.5 + 1\ne = -7 // 2\n");
    for k in [
        Constant::Int(1024.into()),
        Constant::Int(num_bigint::BigInt::from(1) << 100),
        Constant::Str("abab".into()),
        Constant::Float(1.5),
        Constant::Int((-4).into()),
    ] {
        assert!(c.consts.contains(&k), "{k:?} missing");
    }
    assert!(!ops(&c).contains(&"BINARY_OP"));
    // Errors and huge results are left to run time.
    let c = comp("a = 1 / 0\nb = 2 ** 200\nc = 1 << -1\nd = 'x' * 5000\ne = 2 ** -1\n");
    assert_eq!(ops(&c).iter().filter(|o| **o == "BINARY_OP").count(), 5);
}

#[test]
fn constants_are_shared_but_distinguished() {
    let c = comp("a = 1\nb = 1\nc = 1.0\nd = True\ne = 0.0\nf = -0.0\n");
    let ints = c
        .consts
        .iter()
        .filter(|k| **k == Constant::Int(1.into()))
        .count();
    assert_eq!(ints, 1);
    assert!(c.consts.contains(&Constant::Float(1.0)));
    assert!(c.consts.contains(&Constant::Bool(true)));
    assert_eq!(
        c.consts
            .iter()
            .filter(|k| matches!(k, Constant::Float(f) if *f == 0.0))
            .count(),
        2
    );
}

#[test]
fn big_ints_and_literals() {
    let c = comp("x = 123456789012345678901234567890\ny = 0xFFFF_FFFF_FFFF_FFFF_FF\nz = b'ab' b'c'\nw = 'a' 'b'\n");
    let big: num_bigint::BigInt = "123456789012345678901234567890".parse().unwrap();
    assert!(c.consts.contains(&Constant::Int(big)));
    let hex = num_bigint::BigInt::parse_bytes(b"FFFFFFFFFFFFFFFFFF", 16).unwrap();
    assert!(c.consts.contains(&Constant::Int(hex)));
    assert!(c.consts.contains(&Constant::Bytes(b"abc".to_vec())));
    assert!(c.consts.contains(&Constant::Str("ab".into())));
}

#[test]
fn membership_in_literal_collections_uses_constants() {
    let c = comp("a in (1, 2)\nb in [3, 4]\nc not in {5, 6}\n");
    assert!(c.consts.contains(&Constant::Tuple(vec![
        Constant::Int(3.into()),
        Constant::Int(4.into())
    ])));
    assert!(c
        .consts
        .iter()
        .any(|k| matches!(k, Constant::FrozenSet(v) if v.len() == 2)));
    assert!(!ops(&c).contains(&"BUILD_LIST"));
    assert!(!ops(&c).contains(&"BUILD_SET"));
    assert!(ops(&c).contains(&"CONTAINS_OP"));
}

#[test]
fn chained_comparison_evaluates_middle_once() {
    let c = comp("x = a < b < c\n");
    assert_seq(
        &c,
        &[
            "LOAD_NAME",
            "SWAP",
            "COPY",
            "COMPARE_OP",
            "JUMP_IF_FALSE_OR_POP",
            "LOAD_NAME",
        ],
    );
    assert_eq!(ops(&c).iter().filter(|o| **o == "LOAD_NAME").count(), 3);
    let c = comp("if a < b < c:\n    pass\n");
    assert_seq(&c, &["SWAP", "COPY", "COMPARE_OP", "POP_JUMP_IF_FALSE"]);
}

#[test]
fn boolean_operators_short_circuit() {
    let c = comp("x = a and b or c\n");
    assert!(ops(&c).contains(&"JUMP_IF_FALSE_OR_POP"));
    assert!(ops(&c).contains(&"JUMP_IF_TRUE_OR_POP"));
}

#[test]
fn is_none_tests_jump_directly() {
    let c = comp("if a is None:\n    f()\nif b is not None:\n    g()\n");
    assert!(ops(&c).contains(&"POP_JUMP_IF_NOT_NONE"));
    assert!(ops(&c).contains(&"POP_JUMP_IF_NONE"));
    assert!(!ops(&c).contains(&"IS_OP"));
}

#[test]
fn loops_jump_backward_to_their_header() {
    let c = comp("while x:\n    f()\nfor i in y:\n    g()\n");
    let back: Vec<u32> = c
        .instructions
        .iter()
        .filter(|i| i.op() == Opcode::JumpBackward)
        .map(|i| i.arg())
        .collect();
    assert_eq!(back.len(), 2);
    // The for loop's back edge goes to its FOR_ITER.
    assert_eq!(c.instructions[back[1] as usize].op(), Opcode::ForIter);
    for (i, ins) in c.instructions.iter().enumerate() {
        if ins.op() == Opcode::Jump {
            assert!(ins.arg() as usize > i, "backward JUMP at {i}");
        }
    }
}

#[test]
fn while_true_has_no_test() {
    let c = comp("while True:\n    f()\n");
    assert!(!ops(&c).contains(&"POP_JUMP_IF_FALSE"));
    assert!(ops(&c).contains(&"JUMP_BACKWARD"));
}

#[test]
fn continue_in_loops_jumps_back() {
    let c = comp("for i in x:\n    if i:\n        continue\n    f()\n");
    assert_eq!(ops(&c).iter().filter(|o| **o == "JUMP_BACKWARD").count(), 2);
}

#[test]
fn calls_methods_and_keywords() {
    let c = comp("f(1, 2)\n");
    assert_eq!(
        ops(&c)[..5],
        ["LOAD_NAME", "PUSH_NULL", "LOAD_CONST", "LOAD_CONST", "CALL"]
    );
    let c = comp("o.m(1)\n");
    assert_seq(&c, &["LOAD_NAME", "LOAD_METHOD", "LOAD_CONST", "CALL"]);
    let c = comp("f(1, a=2, b=3)\n");
    assert_seq(&c, &["LOAD_CONST", "LOAD_CONST", "CALL_KW"]);
    assert!(c.consts.contains(&Constant::Tuple(vec![
        Constant::Str("a".into()),
        Constant::Str("b".into())
    ])));
    let call_kw = c
        .instructions
        .iter()
        .find(|i| i.op() == Opcode::CallKw)
        .unwrap();
    assert_eq!(call_kw.arg(), 3);
}

#[test]
fn star_calls_build_a_tuple_and_a_dict() {
    let c = comp("f(a, *b, c=1, **d)\n");
    assert_seq(
        &c,
        &["BUILD_LIST", "LOAD_NAME", "LIST_EXTEND", "LIST_TO_TUPLE"],
    );
    assert!(ops(&c).contains(&"DICT_MERGE"));
    let ex = c
        .instructions
        .iter()
        .find(|i| i.op() == Opcode::CallFunctionEx)
        .unwrap();
    assert_eq!(ex.arg(), 1);
    let c = comp("f(*a)\n");
    assert_seq(
        &c,
        &[
            "PUSH_NULL",
            "BUILD_LIST",
            "LOAD_NAME",
            "LIST_EXTEND",
            "LIST_TO_TUPLE",
            "CALL_FUNCTION_EX",
        ],
    );
}

#[test]
fn displays_with_unpacking() {
    let c = comp("x = [1, *a, 2]\ny = {**a, 'k': 1}\nz = {*a, 1}\nw = (*a, 1)\n");
    assert!(ops(&c).contains(&"LIST_EXTEND"));
    assert!(ops(&c).contains(&"LIST_APPEND"));
    assert!(ops(&c).contains(&"DICT_UPDATE"));
    assert!(ops(&c).contains(&"SET_UPDATE"));
    assert!(ops(&c).contains(&"LIST_TO_TUPLE"));
    let c = comp("x = [1, 2, 3]\ny = {'a': 1, 'b': 2}\n");
    assert_seq(&c, &["BUILD_LIST", "LOAD_CONST", "LIST_EXTEND"]);
    assert!(ops(&c).contains(&"BUILD_CONST_KEY_MAP"));
}

#[test]
fn unpacking_assignment() {
    let c = comp("a, *b, c = x\n");
    let ex = c
        .instructions
        .iter()
        .find(|i| i.op() == Opcode::UnpackEx)
        .unwrap();
    assert_eq!(ex.arg(), 1 | (1 << 8));
    let c = comp("a, b = x\n");
    assert!(ops(&c).contains(&"UNPACK_SEQUENCE"));
    let c = comp("a, b = b, a\n");
    assert_seq(
        &c,
        &["LOAD_NAME", "LOAD_NAME", "SWAP", "STORE_NAME", "STORE_NAME"],
    );
}

#[test]
fn augmented_assignment_evaluates_target_once() {
    let c = comp("o.x += 1\n");
    assert_seq(
        &c,
        &[
            "LOAD_NAME",
            "COPY",
            "LOAD_ATTR",
            "LOAD_CONST",
            "BINARY_OP",
            "SWAP",
            "STORE_ATTR",
        ],
    );
    let c = comp("a[i] -= 1\n");
    assert_seq(
        &c,
        &[
            "LOAD_NAME",
            "LOAD_NAME",
            "COPY",
            "COPY",
            "BINARY_SUBSCR",
            "LOAD_CONST",
            "BINARY_OP",
            "SWAP",
            "SWAP",
            "STORE_SUBSCR",
        ],
    );
    let op = c
        .instructions
        .iter()
        .find(|i| i.op() == Opcode::BinaryOp)
        .unwrap();
    assert_eq!(op.arg(), crate::bytecode::BinaryOp::Subtract as u32 + 13);
}

#[test]
fn slices() {
    let c = comp("x = a[1:2]\ny = a[::3]\na[1:] = b\ndel a[:2]\n");
    assert!(ops(&c).contains(&"BUILD_SLICE"));
    let three = c
        .instructions
        .iter()
        .any(|i| i.op() == Opcode::BuildSlice && i.arg() == 3);
    assert!(three);
    assert!(ops(&c).contains(&"STORE_SUBSCR"));
    assert!(ops(&c).contains(&"DELETE_SUBSCR"));
}

#[test]
fn annotated_assignment_stores_annotation_at_module_level() {
    // CPython 3.11: SETUP_ANNOTATIONS, then the value is stored before the annotation is
    // evaluated into `__annotations__`.
    let c = comp("x: int = 5\ny: SomeType\n");
    assert_eq!(
        ops(&c),
        [
            "BUILD_MAP",
            "STORE_NAME",
            "LOAD_CONST",
            "STORE_NAME",
            "LOAD_NAME",
            "LOAD_NAME",
            "LOAD_CONST",
            "STORE_SUBSCR",
            "LOAD_NAME",
            "LOAD_NAME",
            "LOAD_CONST",
            "STORE_SUBSCR",
            "LOAD_CONST",
            "RETURN_VALUE"
        ]
    );
    assert!(c.names.iter().any(|n| n == "__annotations__"));
}

#[test]
fn annotated_assignment_in_function_skips_annotation() {
    let c = comp("def f():\n    x: int = 5\n    y: SomeType\n");
    let f = c
        .consts
        .iter()
        .find_map(|k| match k {
            Constant::Code(code) => Some(code),
            _ => None,
        })
        .expect("function code");
    assert_eq!(
        ops(f),
        ["LOAD_CONST", "STORE_FAST", "LOAD_CONST", "RETURN_VALUE"]
    );
    assert!(!f.names.iter().any(|n| n == "int" || n == "SomeType"));
}

#[test]
fn future_annotations_store_source_text() {
    let c = comp("from __future__ import annotations\nx: List[int]\n");
    assert!(c
        .consts
        .iter()
        .any(|k| matches!(k, Constant::Str(s) if s == "List[int]")));
    assert!(!c.names.iter().any(|n| n == "List"));
}

#[test]
fn fstrings() {
    let c = comp("s = f'a{x!r:>{w}}b'\n");
    assert_seq(
        &c,
        &[
            "LOAD_NAME",
            "LOAD_CONST",
            "LOAD_NAME",
            "FORMAT_VALUE",
            "BUILD_STRING",
            "FORMAT_VALUE",
        ],
    );
    let fv: Vec<u32> = c
        .instructions
        .iter()
        .filter(|i| i.op() == Opcode::FormatValue)
        .map(|i| i.arg())
        .collect();
    assert_eq!(fv, [0, 2 | 4]);
    // `=` emits the text and uses repr unless a conversion or spec is given.
    let c = comp("s = f'{x = }'\nt = f'{y=:>4}'\nu = f'{z=!s}'\n");
    assert!(c.consts.contains(&Constant::Str("x = ".into())));
    let fv: Vec<u32> = c
        .instructions
        .iter()
        .filter(|i| i.op() == Opcode::FormatValue)
        .map(|i| i.arg())
        .collect();
    assert_eq!(fv, [2, 4, 1]);
    let c = comp("s = f'plain'\nt = 'a' f'b' 'c'\n");
    assert!(c.consts.contains(&Constant::Str("plain".into())));
    assert!(c.consts.contains(&Constant::Str("abc".into())));
    assert!(!ops(&c).contains(&"BUILD_STRING"));
}

#[test]
fn functions_defaults_closures_and_flags() {
    let c = comp("def f(a, b=1, *args, c, d=2, **kw):\n    'doc'\n    return a\n");
    assert_seq(
        &c,
        &[
            "LOAD_CONST",
            "LOAD_CONST",
            "LOAD_CONST",
            "BUILD_CONST_KEY_MAP",
            "LOAD_CONST",
            "MAKE_FUNCTION",
        ],
    );
    let mf = c
        .instructions
        .iter()
        .find(|i| i.op() == Opcode::MakeFunction)
        .unwrap();
    assert_eq!(mf.arg(), 3);
    let f = inner(&c);
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    assert_eq!(f.argcount, 2);
    assert_eq!(f.kwonlyargcount, 2);
    assert_eq!(f.varnames[..6], ["a", "b", "c", "d", "args", "kw"]);
    let want = code_flags::OPTIMIZED
        | code_flags::NEWLOCALS
        | code_flags::VARARGS
        | code_flags::VARKEYWORDS;
    assert_eq!(f.flags, want);
    assert_eq!(f.total_args(), 6);

    let c = comp("def f(x, /, y):\n    return x\n");
    let f = inner(&c);
    assert_eq!((f.posonlyargcount, f.argcount), (1, 2));
}

#[test]
fn closures_cells_and_cell2arg() {
    let c = comp(
        "def outer(p):\n    q = 1\n    def inner():\n        return p + q\n    return inner\n",
    );
    let outer = inner(&c);
    assert_eq!(outer.cellvars, ["p", "q"]);
    assert_eq!(outer.cell2arg, [Some(0), None]);
    assert_seq(
        outer,
        &[
            "LOAD_CLOSURE",
            "LOAD_CLOSURE",
            "BUILD_TUPLE",
            "LOAD_CONST",
            "MAKE_FUNCTION",
        ],
    );
    let mf = outer
        .instructions
        .iter()
        .find(|i| i.op() == Opcode::MakeFunction)
        .unwrap();
    assert_eq!(mf.arg(), 8);
    let inn = inner(outer);
    assert_eq!(inn.freevars, ["p", "q"]);
    assert_eq!(inn.qualname, "outer.<locals>.inner");
    assert!(inn.flags & code_flags::NESTED != 0);
    assert!(ops(inn).contains(&"LOAD_DEREF"));
    assert!(ops(outer).contains(&"STORE_DEREF"));
}

#[test]
fn scopes_use_the_right_instructions() {
    let c = comp("g = 1\ndef f(a):\n    b = a\n    global g\n    g = b\n    return len(b)\n");
    let f = inner(&c);
    assert_seq(f, &["LOAD_FAST", "STORE_FAST", "LOAD_FAST", "STORE_GLOBAL"]);
    assert!(ops(f).contains(&"LOAD_GLOBAL"));
    assert!(ops(&c).contains(&"STORE_NAME"));
    // nonlocal rebinding
    let c = comp(
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
    );
    let g = inner(inner(&c));
    assert!(ops(g).contains(&"STORE_DEREF"));
    assert_eq!(g.freevars, ["x"]);
}

#[test]
fn class_body_layout() {
    let c =
        comp("class C(B, metaclass=M):\n    'doc'\n    def m(self):\n        return super().m()\n");
    assert_seq(
        &c,
        &[
            "LOAD_BUILD_CLASS",
            "PUSH_NULL",
            "LOAD_CONST",
            "MAKE_FUNCTION",
            "LOAD_CONST",
            "LOAD_NAME",
            "LOAD_NAME",
            "LOAD_CONST",
            "CALL_KW",
            "STORE_NAME",
        ],
    );
    let body = inner(&c);
    assert_eq!(body.flags, code_flags::NEWLOCALS);
    assert_eq!(body.names[..3], ["__name__", "__module__", "__qualname__"]);
    assert!(body.names.iter().any(|n| n == "__doc__"));
    assert_eq!(body.cellvars, ["__class__"]);
    let o = ops(body);
    assert_eq!(
        o[o.len() - 4..],
        ["LOAD_CLOSURE", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]
    );
    assert_eq!(body.names.last().map(String::as_str), Some("__classcell__"));
    let m = inner(body);
    assert_eq!(m.qualname, "C.m");
    assert_eq!(m.freevars, ["__class__"]);
}

#[test]
fn class_bodies_read_free_variables_with_classderef() {
    let c = comp("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n");
    let body = inner(inner(&c));
    assert!(ops(body).contains(&"LOAD_CLASSDEREF"));
    // Class-level names are not visible in methods.
    let c = comp("class C:\n    v = 1\n    def m(self):\n        return v\n");
    let m = inner(inner(&c));
    assert!(ops(m).contains(&"LOAD_GLOBAL"));
}

#[test]
fn private_names_are_mangled() {
    let c = comp("class C:\n    __x = 1\n    def m(self):\n        return self.__y\n");
    let body = inner(&c);
    assert!(body.names.iter().any(|n| n == "_C__x"));
    let m = inner(body);
    assert!(m.names.iter().any(|n| n == "_C__y"));
}

#[test]
fn qualnames() {
    let c = comp("f = lambda: 0\nx = [i for i in y]\ng = (i for i in y)\nd = {i: i for i in y}\ns = {i for i in y}\n");
    let mut names = Vec::new();
    walk(&c, &mut |u| names.push(u.qualname.clone()));
    assert_eq!(
        names,
        [
            "<module>",
            "<lambda>",
            "<listcomp>",
            "<genexpr>",
            "<dictcomp>",
            "<setcomp>"
        ]
    );
    let c = comp("def f():\n    return [lambda: 0 for _ in x]\nclass C:\n    def m(self):\n        def n(): pass\n");
    let mut names = Vec::new();
    walk(&c, &mut |u| names.push(u.qualname.clone()));
    assert!(names.contains(&"f.<locals>.<listcomp>".to_string()));
    assert!(names.contains(&"f.<locals>.<listcomp>.<lambda>".to_string()));
    assert!(names.contains(&"C.m.<locals>.n".to_string()));
    // A global declaration makes the qualname top-level.
    let c = comp("def f():\n    global g\n    def g(): pass\n");
    let g = inner(inner(&c));
    assert_eq!(g.qualname, "g");
}

#[test]
fn comprehensions_are_functions_of_dot_zero() {
    let c = comp("x = [a * 2 for a in y if a]\n");
    assert_seq(
        &c,
        &[
            "LOAD_CONST",
            "MAKE_FUNCTION",
            "PUSH_NULL",
            "LOAD_NAME",
            "GET_ITER",
            "CALL",
        ],
    );
    let lc = inner(&c);
    assert_eq!(lc.varnames[0], ".0");
    assert_eq!(lc.argcount, 1);
    assert_seq(lc, &["BUILD_LIST", "LOAD_FAST", "FOR_ITER", "STORE_FAST"]);
    assert!(ops(lc).contains(&"LIST_APPEND"));
    assert!(ops(lc).contains(&"JUMP_BACKWARD"));
    let c = comp("g = (a for a in y)\n");
    let ge = inner(&c);
    assert!(ge.flags & code_flags::GENERATOR != 0);
    assert_seq(ge, &["YIELD_VALUE", "POP_TOP"]);
    let c = comp("d = {k: v for k, v in y}\n");
    assert!(ops(inner(&c)).contains(&"MAP_ADD"));
}

#[test]
fn walrus_in_comprehension_binds_in_enclosing_scope() {
    let c = comp("def f(y):\n    [last := v for v in y]\n    return last\n");
    let f = inner(&c);
    assert_eq!(f.cellvars, ["last"]);
    assert!(ops(f).contains(&"LOAD_DEREF"));
    let lc = inner(f);
    assert_eq!(lc.freevars, ["last"]);
    assert!(ops(lc).contains(&"STORE_DEREF"));
    let c = comp("[last := v for v in y]\n");
    assert!(ops(inner(&c)).contains(&"STORE_GLOBAL"));
}

#[test]
fn generators_and_yield_from() {
    let c = comp("def g():\n    x = yield 1\n    y = yield from z\n");
    let g = inner(&c);
    assert!(g.flags & code_flags::GENERATOR != 0);
    assert_seq(
        g,
        &[
            "GET_YIELD_FROM_ITER",
            "LOAD_CONST",
            "SEND",
            "YIELD_VALUE",
            "JUMP",
        ],
    );
    let send = g
        .instructions
        .iter()
        .position(|i| i.op() == Opcode::Send)
        .unwrap();
    let jump = &g.instructions[send + 2];
    assert_eq!(jump.op(), Opcode::Jump);
    assert_eq!(jump.arg() as usize, send);
    assert_eq!(g.instructions[send + 1].arg(), 1);
    assert_eq!(g.instructions[send].arg() as usize, send + 3);
}

#[test]
fn try_except_uses_the_exception_table() {
    let c =
        comp("try:\n    f()\nexcept (A, B) as e:\n    g(e)\nexcept:\n    pass\nelse:\n    h()\n");
    assert!(ops(&c).contains(&"PUSH_EXC_INFO"));
    assert!(ops(&c).contains(&"CHECK_EXC_MATCH"));
    assert!(ops(&c).contains(&"POP_EXCEPT"));
    assert_seq(
        &c,
        &["POP_EXCEPT", "LOAD_CONST", "STORE_NAME", "DELETE_NAME"],
    );
    assert_seq(&c, &["COPY", "POP_EXCEPT", "RERAISE"]);
    assert!(!c.exception_table.is_empty());
    // The body's handler has depth 0 and no lasti; the handler's cleanup pushes lasti.
    let first = c.exception_table[0];
    assert_eq!((first.depth, first.push_lasti), (0, false));
    assert!(c.exception_table.iter().any(|e| e.push_lasti));
}

#[test]
fn try_finally_duplicates_the_finally_body() {
    let c = comp("try:\n    f()\nfinally:\n    g()\n");
    let calls_g = c.names.iter().position(|n| n == "g").unwrap() as u32;
    let loads = c
        .instructions
        .iter()
        .filter(|i| i.op() == Opcode::LoadName && i.arg() == calls_g)
        .count();
    assert_eq!(loads, 2);
    assert!(ops(&c).contains(&"RERAISE"));
}

#[test]
fn return_and_break_run_finally_and_exit_code() {
    let c = comp("def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            g()\n");
    let f = inner(&c);
    let g = f.names.iter().position(|n| n == "g").unwrap() as u32;
    let loads = f
        .instructions
        .iter()
        .filter(|i| i.op() == Opcode::LoadGlobal && i.arg() == g)
        .count();
    // Once on the way out of the `return`, once on the exception path (the normal exit
    // is unreachable).
    assert_eq!(loads, 2, "{}", disassemble(f));
    // The return value is kept below the finally code, and the iterator is popped.
    assert_seq(f, &["SWAP", "POP_TOP", "RETURN_VALUE"]);

    let c = comp("def f():\n    with a:\n        return 1\n");
    let f = inner(&c);
    assert_seq(
        f,
        &[
            "PUSH_NULL",
            "LOAD_CONST",
            "LOAD_CONST",
            "LOAD_CONST",
            "CALL",
            "POP_TOP",
            "LOAD_CONST",
            "RETURN_VALUE",
        ],
    );
    // `break` calls `__exit__` and pops the iterator (the normal exit is unreachable).
    let c = comp("for x in y:\n    with a:\n        break\n");
    assert_eq!(ops(&c).iter().filter(|o| **o == "CALL").count(), 1);
    assert_seq(&c, &["CALL", "POP_TOP", "POP_TOP", "JUMP"]);
}

#[test]
fn with_statement_shape() {
    let c = comp("with a as x, b:\n    f()\n");
    assert_eq!(ops(&c).iter().filter(|o| **o == "BEFORE_WITH").count(), 2);
    assert_seq(
        &c,
        &["PUSH_EXC_INFO", "WITH_EXCEPT_START", "POP_JUMP_IF_TRUE"],
    );
    assert!(c.exception_table.iter().all(|e| e.push_lasti));
}

#[test]
fn imports() {
    let c = comp("import a.b.c\nimport a.b as d\nfrom .m import x as y, z\nfrom q import *\n");
    assert_seq(
        &c,
        &["LOAD_CONST", "LOAD_CONST", "IMPORT_NAME", "STORE_NAME"],
    );
    assert!(c.names.iter().any(|n| n == "a.b.c"));
    let d = c.names.iter().position(|n| n == "a.b").unwrap() as u32;
    let at = c
        .instructions
        .iter()
        .position(|i| i.op() == Opcode::ImportName && i.arg() == d)
        .unwrap();
    assert_eq!(c.instructions[at + 1].op(), Opcode::ImportFrom);
    assert_eq!(c.names[c.instructions[at + 1].arg() as usize], "b");
    assert!(c.consts.contains(&Constant::Int(1.into())));
    assert!(c.consts.contains(&Constant::Tuple(vec![
        Constant::Str("x".into()),
        Constant::Str("z".into())
    ])));
    assert!(ops(&c).contains(&"IMPORT_STAR"));
    // `import a.b.c` binds `a`.
    let a = c.names.iter().position(|n| n == "a").unwrap() as u32;
    assert!(c
        .instructions
        .iter()
        .any(|i| i.op() == Opcode::StoreName && i.arg() == a));
}

#[test]
fn raise_assert_and_del() {
    let c = comp("raise\n");
    assert_eq!(ops(&c)[0], "RAISE_VARARGS");
    let c = comp("raise X from Y\n");
    assert!(c
        .instructions
        .iter()
        .any(|i| i.op() == Opcode::RaiseVarargs && i.arg() == 2));
    let c = comp("assert x, 'm'\n");
    assert_seq(
        &c,
        &[
            "LOAD_ASSERTION_ERROR",
            "PUSH_NULL",
            "LOAD_CONST",
            "CALL",
            "RAISE_VARARGS",
        ],
    );
    let c = comp("del a, b.c, d[1]\n");
    assert_seq(
        &c,
        &[
            "DELETE_NAME",
            "LOAD_NAME",
            "DELETE_ATTR",
            "LOAD_NAME",
            "LOAD_CONST",
            "DELETE_SUBSCR",
        ],
    );
}

#[test]
fn decorators_wrap_in_order() {
    let c = comp("@a\n@b\ndef f(): pass\n");
    assert_seq(
        &c,
        &[
            "LOAD_NAME",
            "PUSH_NULL",
            "LOAD_NAME",
            "PUSH_NULL",
            "LOAD_CONST",
            "MAKE_FUNCTION",
            "CALL",
            "CALL",
            "STORE_NAME",
        ],
    );
    let f = inner(&c);
    assert_eq!(f.firstlineno, 1);
}

#[test]
fn eval_and_single_modes() {
    let c = comp_mode("1 + x", CompileMode::Eval).unwrap();
    assert_eq!(
        ops(&c),
        ["LOAD_CONST", "LOAD_NAME", "BINARY_OP", "RETURN_VALUE"]
    );
    let e = comp_mode("  1", CompileMode::Eval).unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str()),
        (CompileErrorKind::IndentationError, "unexpected indent")
    );
    assert!(comp_mode("\n1 +\\\n 2\n\n", CompileMode::Eval).is_ok());
    let c = comp_mode("x + 1\n", CompileMode::Single).unwrap();
    assert!(c.names.iter().any(|n| n == "displayhook"));
    let e = comp_mode("x = 1\ny = 2\n", CompileMode::Single).unwrap_err();
    assert_eq!(
        e.msg,
        "multiple statements found while compiling a single statement"
    );
    assert!(comp_mode("x = 1; y = 2\n", CompileMode::Single).is_ok());
}

#[test]
fn constant_expression_statements_emit_nothing() {
    let c = comp("1\n'not a docstring'\n...\n-5\n(1, 2)\n");
    assert_eq!(ops(&c), ["LOAD_CONST", "RETURN_VALUE"]);
}

#[test]
fn dead_code_is_dropped() {
    let c = comp("def f():\n    return 1\n    g()\n");
    assert_eq!(ops(inner(&c)), ["LOAD_CONST", "RETURN_VALUE"]);
    let c = comp("if 0:\n    f()\n");
    assert_eq!(ops(&c), ["LOAD_CONST", "RETURN_VALUE"]);
}

#[test]
fn locations_point_at_source() {
    let c = comp("x = 1\n\nf(\n  a,\n  b)\n");
    let call = c
        .instructions
        .iter()
        .position(|i| i.op() == Opcode::Call)
        .unwrap();
    assert_eq!(c.locations[call].line, 3);
    assert_eq!(c.locations[call].end_line, 5);
    let b = c.names.iter().position(|n| n == "b").unwrap() as u32;
    let lb = c
        .instructions
        .iter()
        .position(|i| i.op() == Opcode::LoadName && i.arg() == b)
        .unwrap();
    assert_eq!((c.locations[lb].line, c.locations[lb].col), (5, 2));
    // Columns count characters, not bytes.
    let c = comp("s = 'é'; t = x\n");
    let x = c.names.iter().position(|n| n == "x").unwrap() as u32;
    let lx = c
        .instructions
        .iter()
        .position(|i| i.op() == Opcode::LoadName && i.arg() == x)
        .unwrap();
    assert_eq!(c.locations[lx].col, 13);
    assert!(c.locations.iter().all(|l| l.line > 0));
}

#[test]
fn max_stack_is_computed() {
    let c = comp("x = (a, b, c, d)\n");
    assert_eq!(c.max_stack, 4);
    let c = comp("try:\n    f()\nexcept E as e:\n    pass\n");
    assert!(c.max_stack >= 3);
    walk(&c, &mut |u| {
        assert_eq!(super::check_stack(u), Ok(u.max_stack));
    });
}

// ----- errors -------------------------------------------------------------------------------

#[test]
fn compile_errors_match_cpython() {
    let cases: &[(&str, &str)] = &[
        ("return 1\n", "'return' outside function"),
        ("class C:\n    return 1\n", "'return' outside function"),
        ("yield 1\n", "'yield' outside function"),
        ("class C:\n    yield\n", "'yield' outside function"),
        ("break\n", "'break' outside loop"),
        ("continue\n", "'continue' not properly in loop"),
        ("for x in y:\n    def f():\n        break\n", "'break' outside loop"),
        ("def f(x):\n    global x\n", "name 'x' is parameter and global"),
        ("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"),
        ("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration"),
        ("nonlocal x\n", "nonlocal declaration not allowed at module level"),
        ("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"),
        ("def f(a, b, a): pass\n", "duplicate argument 'a' in function definition"),
        ("lambda a, a: 1\n", "duplicate argument 'a' in function definition"),
        ("def f(a=1, b): pass\n", "non-default argument follows default argument"),
        ("1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?"),
        ("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?"),
        ("f() = x = 1\n", "cannot assign to function call"),
        ("(a, f()) = 1\n", "cannot assign to function call"),
        ("None = 1\n", "cannot assign to None"),
        ("f() += 1\n", "'function call' is an illegal expression for augmented assignment"),
        ("del f()\n", "cannot delete function call"),
        ("[*x for x in y]\n", "iterable unpacking cannot be used in comprehension"),
        ("*a = 1\n", "starred assignment target must be in a list or tuple"),
        ("a, *b, *c = d\n", "multiple starred expressions in assignment"),
        ("x = *a\n", "can't use starred expression here"),
        ("await x\n", "'await' outside function"),
        ("def f():\n    await x\n", "'await' outside async function"),
        ("def f():\n    from os import *\n", "import * only allowed at module level"),
        ("f(a=1, a=2)\n", "keyword argument repeated: a"),
        ("__debug__ = 1\n", "cannot assign to __debug__"),
        ("def f():\n    [(yield x) for x in y]\n", "'yield' inside list comprehension"),
        ("[x := 1 for x in y]\n", "assignment expression cannot rebind comprehension iteration variable 'x'"),
        ("[x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression"),
        ("class C:\n    [y := 1 for x in z]\n", "assignment expression within a comprehension cannot be used in a class body"),
        ("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "default 'except:' must be last"),
        ("x = 1\nfrom __future__ import division\n", "from __future__ imports must occur at the beginning of the file"),
        ("from __future__ import braces\n", "not a chance"),
        ("def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global"),
        ("f(a=1, b)\n", "positional argument follows keyword argument"),
        ("def f(*):\n    pass\n", "named arguments must follow bare *"),
        (
            &*Box::leak(format!("x = {}\n", "1".repeat(5000)).into_boxed_str()),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
        ),
    ];
    for (src, msg) in cases {
        let e = err(src);
        assert_eq!(e.kind, CompileErrorKind::SyntaxError, "{src:?}");
        assert_eq!(&e.msg, msg, "{src:?}");
    }
}

#[test]
fn parse_errors_match_cpython() {
    use CompileErrorKind::{IndentationError, SyntaxError, TabError};
    let cases: &[(&str, CompileErrorKind, &str)] = &[
        ("x = (1,\ny = 2\n", SyntaxError, "'(' was never closed"),
        ("print((1, 2)\n", SyntaxError, "'(' was never closed"),
        ("if x\n    pass\n", SyntaxError, "expected ':'"),
        ("def f()\n    pass\n", SyntaxError, "expected ':'"),
        ("x = 1\n    y = 2\n", IndentationError, "unexpected indent"),
        ("if x:\npass\n", IndentationError, "expected an indented block after 'if' statement on line 1"),
        ("for i in x:\n\nprint(i)\n", IndentationError, "expected an indented block after 'for' statement on line 1"),
        ("def f():\nreturn\n", IndentationError, "expected an indented block after function definition on line 1"),
        ("x = 1\nclass C:\nx = 1\n", IndentationError, "expected an indented block after class definition on line 2"),
        ("if x:\n        a = 1\n    b = 2\n", IndentationError, "unindent does not match any outer indentation level"),
        ("if x:\n\tif y:\n        pass\n", TabError, "inconsistent use of tabs and spaces in indentation"),
        ("x = 'abc\n", SyntaxError, "unterminated string literal (detected at line 1)"),
        ("a = 1\ns = \"x\nb = 2\n", SyntaxError, "unterminated string literal (detected at line 2)"),
        ("x = \"\"\"abc\n\n", SyntaxError, "unterminated triple-quoted string literal (detected at line 2)"),
        ("x = 1)\n", SyntaxError, "unmatched ')'"),
        ("x = (1]\n", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('"),
        ("x = [1 2]\n", SyntaxError, "invalid syntax. Perhaps you forgot a comma?"),
        ("f(a b, c)\n", SyntaxError, "invalid syntax. Perhaps you forgot a comma?"),
        ("x = = 1\n", SyntaxError, "invalid syntax"),
        ("value = 5 $ 3\n", SyntaxError, "invalid syntax"),
        ("def f(:\n    pass\n", SyntaxError, "invalid syntax"),
        ("print 'x'\n", SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?"),
        ("x = 012\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        ("x = 1_\n", SyntaxError, "invalid decimal literal"),
        ("x = f'{a!x}'\n", SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
        ("x = f'{}'\n", SyntaxError, "f-string: empty expression not allowed"),
        ("a if b\n", SyntaxError, "expected 'else' after 'if' expression"),
        ("d = {1: 2, 3}\n", SyntaxError, "':' expected after dictionary key"),
        ("x = €\n", SyntaxError, "invalid character '€' (U+20AC)"),
    ];
    for (src, kind, msg) in cases {
        let e = err(src);
        assert_eq!((&e.kind, e.msg.as_str()), (kind, *msg), "{src:?}");
    }
}

#[test]
fn unsupported_syntax_is_reported() {
    assert!(
        err_msg("match x:\n    case 1: pass\n").contains("'match' statements are not supported")
    );
    assert!(err_msg("async def f(): pass\n").contains("not supported"));
    assert!(err_msg("def f[T](x): pass\n").contains("not supported"));
    assert!(err_msg("type X = int\n").contains("not supported"));
    assert!(err_msg("try:\n    pass\nexcept* E:\n    pass\n").contains("not supported"));
}

#[test]
fn error_positions() {
    let e = err("x = 1\n\ndef f(x):\n    global x\n");
    assert_eq!((e.line, e.col), (4, 5));
    assert_eq!(e.text.as_deref(), Some("    global x\n"));
    assert_eq!(e.filename, "test.py");
    let e = err("x = (1,\n");
    assert_eq!((e.line, e.col), (1, 5));
    let e = err("x = 1\ny = 'abc\n");
    assert_eq!((e.line, e.col), (2, 5));
    let e = err("print('x')\nreturn 5\n");
    assert_eq!((e.line, e.col, e.end_line, e.end_col), (2, 1, 2, 9));
}

// ----- limits -------------------------------------------------------------------------------

#[test]
fn bracket_and_indentation_limits() {
    let ok = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
    assert!(comp_mode(&ok, CompileMode::Exec).is_ok());
    let deep = format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201));
    let e = err(&deep);
    assert_eq!(e.msg, "too many nested parentheses");
    assert_eq!((e.line, e.col), (1, 205));
    // Brackets inside strings and comments do not count.
    let s = format!("x = '{}' # {}\n", "(".repeat(300), "[".repeat(300));
    assert!(comp_mode(&s, CompileMode::Exec).is_ok());
    let mut src = String::new();
    for i in 0..99 {
        src.push_str(&" ".repeat(i));
        src.push_str("if 1:\n");
    }
    src.push_str(&" ".repeat(99));
    src.push_str("pass\n");
    assert!(comp_mode(&src, CompileMode::Exec).is_ok());
    let mut src = String::new();
    for i in 0..100 {
        src.push_str(&" ".repeat(i));
        src.push_str("if 1:\n");
    }
    src.push_str(&" ".repeat(100));
    src.push_str("pass\n");
    let e = err(&src);
    assert_eq!(e.kind, CompileErrorKind::IndentationError);
    assert_eq!(e.msg, "too many levels of indentation");
    assert_eq!(e.line, 101);
}

#[test]
fn deep_expressions_raise_recursion_error() {
    for src in [
        format!("x = 1{}\n", "+1".repeat(100_000)),
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}1\n", "not ".repeat(50_000)),
        format!("x = {}\n", "lambda: ".repeat(20_000) + "0"),
        format!("x = a{}\n", ".b".repeat(50_000)),
        format!("x = f{}\n", "()".repeat(50_000)),
    ] {
        let e = err(&src);
        assert_eq!(e.kind, CompileErrorKind::RecursionError);
        assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
    }
    // Moderately deep code still compiles.
    assert!(comp_mode(&format!("x = 1{}\n", "+1".repeat(2000)), CompileMode::Exec).is_ok());
    assert!(comp_mode(&format!("x = {}1\n", "-".repeat(2000)), CompileMode::Exec).is_ok());
}

#[test]
fn no_panics_on_mangled_input() {
    let samples = [
        "def f(a, b=1, *c, d, **e):\n    return [x for x in a if (y := x)]\n",
        "class C(B):\n    def m(self):\n        with open(x) as f:\n            yield from f\n",
        "try:\n    x = f'{a!r:{b}}'\nexcept E as e:\n    raise X from e\nfinally:\n    del x\n",
        "for i in range(10):\n    while i:\n        break\n    else:\n        continue\n",
        "@d\nasync def f():\n    await g()\nmatch x:\n    case [1, *r]: pass\n",
        "x = {**a, 'b': [*c], 'd': {e for e in f}}\nlambda *a, **k: (a, k)\n",
    ];
    big_stack(move || {
        for s in samples {
            let chars: Vec<char> = s.chars().collect();
            for cut in 0..=chars.len() {
                let t: String = chars[..cut].iter().collect();
                let _ = compile(&t, "f.py", CompileMode::Exec);
                let _ = compile(&t, "f.py", CompileMode::Eval);
                let _ = compile(&t, "f.py", CompileMode::Single);
            }
            for i in 0..chars.len() {
                for rep in ['(', ')', ':', '\n', ' ', '"', '*', '=', '\t', 'é'] {
                    let mut v = chars.clone();
                    v[i] = rep;
                    let t: String = v.into_iter().collect();
                    let _ = compile(&t, "f.py", CompileMode::Exec);
                }
            }
        }
    });
}

// ----- whole programs -------------------------------------------------------------------------

fn python_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            python_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// Every conformance and benchmark program compiles (or, when its expected stderr says so,
/// fails with the expected SyntaxError/IndentationError), and every code unit passes the
/// stack check.
#[test]
fn compiles_the_test_and_benchmark_programs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for rel in ["../tests/conformance", "../benches/programs"] {
        python_files(&root.join(rel), &mut files);
    }
    files.sort();
    files.dedup();
    let failures = big_stack(move || {
        let mut failures = Vec::new();
        for f in &files {
            let Ok(src) = std::fs::read_to_string(f) else {
                continue;
            };
            let expected = std::fs::read_to_string(f.with_extension("err"))
                .ok()
                .filter(|e| e.starts_with("SyntaxError:") || e.starts_with("IndentationError:"));
            let result = compile(&src, &f.to_string_lossy(), CompileMode::Exec);
            match (result, expected) {
                (Ok(code), None) => {
                    walk(&code, &mut |u| {
                        if let Err(e) = super::check_stack(u) {
                            failures.push(format!("{}: {}: {e}", f.display(), u.qualname));
                        }
                    });
                }
                (Err(e), Some(exp)) => {
                    let kind = match e.kind {
                        CompileErrorKind::IndentationError => "IndentationError",
                        _ => "SyntaxError",
                    };
                    let got = format!("{kind}: {}", e.msg);
                    if got.trim() != exp.trim() {
                        failures.push(format!(
                            "{}: expected {} got {got}",
                            f.display(),
                            exp.trim()
                        ));
                    }
                }
                (Ok(_), Some(exp)) => failures.push(format!(
                    "{}: expected {} but it compiled",
                    f.display(),
                    exp.trim()
                )),
                (Err(e), None) => failures.push(format!("{}: {e}", f.display())),
            }
        }
        failures
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
