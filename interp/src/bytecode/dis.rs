//! The disassembler behind `--dump-bytecode`, in the spirit of CPython's `dis`.

use std::fmt::Write;

use super::{ArgKind, BinaryOp, CodeUnit, CompareOp, Constant, Opcode};

/// Renders `code` and, after it, every code object nested in its constants.
pub fn disassemble(code: &CodeUnit) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeUnit, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {} of \"{}\">:",
        code.qualname, code.firstlineno, code.filename
    );
    let targets: std::collections::HashSet<u32> = code
        .instructions
        .iter()
        .filter(|i| i.op().arg_kind() == ArgKind::Jump)
        .map(|i| i.arg())
        .chain(code.exception_table.iter().map(|e| e.handler))
        .collect();
    let mut last_line = 0;
    for (index, ins) in code.instructions.iter().enumerate() {
        let line = code.locations.get(index).map_or(0, |l| l.line);
        let line_col = if line != last_line && line != 0 {
            last_line = line;
            format!("{line:>4}")
        } else {
            String::from("    ")
        };
        let marker = if targets.contains(&(index as u32)) {
            ">>"
        } else {
            "  "
        };
        let op = ins.op();
        let arg = ins.arg();
        let _ = write!(out, "{line_col} {marker} {index:>5} {:<24}", op.name());
        if op.arg_kind() != ArgKind::None {
            let _ = write!(out, " {arg:>4}");
            if let Some(detail) = describe_arg(code, op, arg) {
                let _ = write!(out, " ({detail})");
            }
        }
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.handler,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}

fn describe_arg(code: &CodeUnit, op: Opcode, arg: u32) -> Option<String> {
    let idx = arg as usize;
    match op.arg_kind() {
        ArgKind::Const => code.consts.get(idx).map(describe_const),
        ArgKind::Name => code.names.get(idx).cloned(),
        ArgKind::Local => code.varnames.get(idx).cloned(),
        ArgKind::Deref => code
            .cellvars
            .iter()
            .chain(code.freevars.iter())
            .nth(idx)
            .cloned(),
        ArgKind::Jump => Some(format!("to {arg}")),
        ArgKind::Op => match op {
            Opcode::BinaryOp => BinaryOp::decode(arg).map(|(o, inplace)| {
                if inplace {
                    format!("{}=", o.symbol())
                } else {
                    o.symbol().to_string()
                }
            }),
            Opcode::CompareOp => CompareOp::decode(arg).map(|c| c.symbol().to_string()),
            Opcode::IsOp => Some(if arg == 0 { "is" } else { "is not" }.into()),
            Opcode::ContainsOp => Some(if arg == 0 { "in" } else { "not in" }.into()),
            _ => None,
        },
        ArgKind::Count | ArgKind::None => None,
    }
}

fn describe_const(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex(r, i) => format!("({r:?}+{i:?}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(describe_const).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(describe_const).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(c) => format!("<code object {}>", c.qualname),
    }
}
