//! Assembly: from the code generator's instruction list (with labels and the pseudo
//! instructions that open and close exception-handler regions) to final instructions.
//!
//! Owns: the intermediate instruction form (`Ir`), a flow analysis over it that computes the
//! stack depth and the active exception handler of every reachable instruction (CPython
//! 3.11's `label_exception_targets` and `stackdepth`), removal of unreachable code and of
//! jumps to the next instruction, label resolution (a backward unconditional jump becomes
//! `JUMP_BACKWARD`), the exception table, and `check_stack`, which verifies a finished
//! `CodeUnit` and computes its `max_stack`.
//!
//! Must not: know about the AST; an inconsistency found here is a compiler bug and is
//! reported as an internal error, never a panic.

use std::collections::HashMap;

use super::errors::RawError;
use crate::bytecode::{ArgKind, CodeUnit, ExceptEntry, Instr, Location, Opcode};

pub type Label = u32;

/// One instruction of the code generator's output.
#[derive(Clone, Copy, Debug)]
pub enum IrOp {
    /// A real instruction. When its argument kind is `Jump`, the argument is a label.
    Op(Opcode),
    /// An unconditional jump to a label: `JUMP`, or `JUMP_BACKWARD` when the target is not
    /// after it (a loop's back edge).
    Jump,
    /// An unconditional jump that stays `JUMP` even backwards (the `yield from` loop, which
    /// is not a loop header).
    JumpNoInterrupt,
    /// Opens a handler region whose handler is at the label; on an exception the stack is
    /// cut to the depth here and the exception pushed.
    SetupFinally,
    /// Like `SetupFinally`, but the failing instruction's index is pushed below the exception.
    SetupCleanup,
    /// For `with`: like `SetupCleanup`, keeping one item less (the `__enter__` result).
    SetupWith,
    /// Closes the innermost handler region.
    PopBlock,
}

#[derive(Clone, Copy, Debug)]
pub struct Ir {
    pub op: IrOp,
    pub arg: u32,
    pub loc: Location,
}

impl Ir {
    fn jump_target(&self) -> Option<Label> {
        match self.op {
            IrOp::Op(op) if op.arg_kind() == ArgKind::Jump => Some(self.arg),
            IrOp::Jump
            | IrOp::JumpNoInterrupt
            | IrOp::SetupFinally
            | IrOp::SetupCleanup
            | IrOp::SetupWith => Some(self.arg),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Handler {
    label: Label,
    depth: u32,
    lasti: bool,
}

/// Interned stacks of active handlers: id 0 is the empty stack.
struct ExceptStacks {
    nodes: Vec<(usize, Option<Handler>)>,
    map: HashMap<(usize, Handler), usize>,
}

impl ExceptStacks {
    fn new() -> ExceptStacks {
        ExceptStacks {
            nodes: vec![(0, None)],
            map: HashMap::new(),
        }
    }
    fn push(&mut self, parent: usize, h: Handler) -> usize {
        if let Some(&id) = self.map.get(&(parent, h)) {
            return id;
        }
        let id = self.nodes.len();
        self.nodes.push((parent, Some(h)));
        self.map.insert((parent, h), id);
        id
    }
    fn top(&self, id: usize) -> Option<Handler> {
        self.nodes[id].1
    }
    fn pop(&self, id: usize) -> Option<usize> {
        if id == 0 {
            None
        } else {
            Some(self.nodes[id].0)
        }
    }
}

/// The assembled instructions of one code unit.
pub struct Assembled {
    pub instructions: Vec<Instr>,
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptEntry>,
}

fn internal(msg: impl Into<String>) -> RawError {
    RawError::internal(msg)
}

/// Resolves labels, computes handlers and builds the final instruction list.
pub fn assemble(code: &[Ir], labels: &[u32]) -> Result<Assembled, RawError> {
    let n = code.len();
    let label_pos = |l: Label| -> Result<usize, RawError> {
        match labels.get(l as usize) {
            Some(&p) if (p as usize) <= n && p != u32::MAX => Ok(p as usize),
            _ => Err(internal(format!("unbound label {l}"))),
        }
    };
    // Flow analysis: (depth, except stack) at each instruction.
    let mut state: Vec<Option<(u32, usize)>> = vec![None; n];
    let mut stacks = ExceptStacks::new();
    let mut work: Vec<usize> = Vec::new();
    fn propagate(
        state: &mut [Option<(u32, usize)>],
        work: &mut Vec<usize>,
        target: usize,
        s: (u32, usize),
    ) -> Result<(), RawError> {
        if target >= state.len() {
            return Err(internal("control flow falls off the end of the code"));
        }
        match state[target] {
            None => {
                state[target] = Some(s);
                work.push(target);
                Ok(())
            }
            Some(old) if old == s => Ok(()),
            Some(old) => Err(internal(format!(
                "inconsistent stack at instruction {target}: depth {} vs {}",
                old.0, s.0
            ))),
        }
    }
    if n == 0 {
        return Err(internal("empty code"));
    }
    propagate(&mut state, &mut work, 0, (0, 0))?;
    while let Some(start) = work.pop() {
        let mut i = start;
        loop {
            let Some((depth, es)) = state[i] else {
                return Err(internal("unvisited instruction"));
            };
            let ins = code[i];
            let next: Option<(u32, usize)> = match ins.op {
                IrOp::SetupFinally | IrOp::SetupCleanup | IrOp::SetupWith => {
                    let keep = if matches!(ins.op, IrOp::SetupWith) {
                        1
                    } else {
                        0
                    };
                    let hdepth = depth
                        .checked_sub(keep)
                        .ok_or_else(|| internal("SETUP_WITH on an empty stack"))?;
                    let lasti = !matches!(ins.op, IrOp::SetupFinally);
                    let h = Handler {
                        label: ins.arg,
                        depth: hdepth,
                        lasti,
                    };
                    let entry = hdepth + u32::from(lasti) + 1;
                    propagate(&mut state, &mut work, label_pos(ins.arg)?, (entry, es))?;
                    Some((depth, stacks.push(es, h)))
                }
                IrOp::PopBlock => {
                    let parent = stacks
                        .pop(es)
                        .ok_or_else(|| internal("POP_BLOCK without a handler"))?;
                    Some((depth, parent))
                }
                IrOp::Jump | IrOp::JumpNoInterrupt => {
                    propagate(&mut state, &mut work, label_pos(ins.arg)?, (depth, es))?;
                    None
                }
                IrOp::Op(op) => {
                    if let Some(h) = stacks.top(es) {
                        if depth < h.depth {
                            return Err(internal(format!(
                                "stack depth {depth} below handler depth {} at {i} ({})",
                                h.depth,
                                op.name()
                            )));
                        }
                    }
                    let (pops, pushes) = op.stack_effect(ins.arg);
                    if depth < pops {
                        return Err(internal(format!(
                            "stack underflow at instruction {i} ({})",
                            op.name()
                        )));
                    }
                    if let Some((jp, jpu)) = op.jump_effect(ins.arg) {
                        if depth < jp {
                            return Err(internal("stack underflow on jump"));
                        }
                        let target = label_pos(ins.arg)?;
                        propagate(&mut state, &mut work, target, (depth - jp + jpu, es))?;
                    }
                    if op.is_terminator() {
                        None
                    } else {
                        Some((depth - pops + pushes, es))
                    }
                }
            };
            let Some(s) = next else { break };
            if i + 1 >= n {
                return Err(internal("control flow falls off the end of the code"));
            }
            match state[i + 1] {
                None => {
                    state[i + 1] = Some(s);
                    i += 1;
                }
                Some(old) if old == s => break,
                Some(old) => {
                    return Err(internal(format!(
                        "inconsistent stack at instruction {}: depth {} vs {}",
                        i + 1,
                        old.0,
                        s.0
                    )))
                }
            }
        }
    }

    let is_real = |i: usize| matches!(code[i].op, IrOp::Op(_) | IrOp::Jump | IrOp::JumpNoInterrupt);
    // next_real[i]: the first reachable real instruction at or after i.
    let mut next_real = vec![usize::MAX; n + 1];
    for i in (0..n).rev() {
        next_real[i] = if state[i].is_some() && is_real(i) {
            i
        } else {
            next_real[i + 1]
        };
    }
    // Jumps to the next real instruction do nothing.
    let mut keep = vec![false; n];
    for i in 0..n {
        if state[i].is_none() || !is_real(i) {
            continue;
        }
        keep[i] = true;
        if matches!(code[i].op, IrOp::Jump | IrOp::JumpNoInterrupt) {
            let target = label_pos(code[i].arg)?;
            if next_real[target] == next_real[i + 1] {
                keep[i] = false;
            }
        }
    }
    let mut final_index = vec![u32::MAX; n + 1];
    let mut count = 0u32;
    for i in 0..n {
        if keep[i] {
            final_index[i] = count;
            count += 1;
        }
    }
    // resolved[i]: final index of the first kept instruction at or after i.
    let mut resolved = vec![u32::MAX; n + 1];
    for i in (0..n).rev() {
        resolved[i] = if keep[i] {
            final_index[i]
        } else {
            resolved[i + 1]
        };
    }
    let resolve = |l: Label| -> Result<u32, RawError> {
        let p = label_pos(l)?;
        match resolved.get(p) {
            Some(&r) if r != u32::MAX => Ok(r),
            _ => Err(internal(format!(
                "label {l} resolves past the end of the code"
            ))),
        }
    };

    let mut instructions = Vec::with_capacity(count as usize);
    let mut locations = Vec::with_capacity(count as usize);
    let mut handlers: Vec<Option<Handler>> = Vec::with_capacity(count as usize);
    for i in 0..n {
        if !keep[i] {
            continue;
        }
        let ins = code[i];
        let here = final_index[i];
        let (op, arg) = match ins.op {
            IrOp::Op(op) => {
                let arg = if ins.jump_target().is_some() {
                    resolve(ins.arg)?
                } else {
                    ins.arg
                };
                (op, arg)
            }
            IrOp::Jump => {
                let t = resolve(ins.arg)?;
                if t <= here {
                    (Opcode::JumpBackward, t)
                } else {
                    (Opcode::Jump, t)
                }
            }
            IrOp::JumpNoInterrupt => (Opcode::Jump, resolve(ins.arg)?),
            _ => return Err(internal("pseudo instruction kept")),
        };
        if arg > Instr::MAX_ARG {
            return Err(internal(format!(
                "argument {arg} of {} does not fit in an instruction",
                op.name()
            )));
        }
        instructions.push(Instr::new(op, arg));
        locations.push(ins.loc);
        let es = state[i].map_or(0, |s| s.1);
        handlers.push(stacks.top(es));
    }

    // The exception table: runs of instructions with the same handler.
    let mut exception_table = Vec::new();
    let mut i = 0;
    while i < handlers.len() {
        let Some(h) = handlers[i] else {
            i += 1;
            continue;
        };
        let start = i;
        while i < handlers.len() && handlers[i] == Some(h) {
            i += 1;
        }
        exception_table.push(ExceptEntry {
            start: start as u32,
            end: i as u32,
            handler: resolve(h.label)?,
            depth: h.depth,
            push_lasti: h.lasti,
        });
    }
    Ok(Assembled {
        instructions,
        locations,
        exception_table,
    })
}

/// Verifies the stack discipline of a finished code unit and returns the most stack slots it
/// uses: a flow analysis over `stack_effect`/`jump_effect` in which an instruction covered by
/// an exception-table entry can also continue at the handler with `depth + push_lasti + 1`
/// items. Fails if some instruction is reached with two different depths, pops more than
/// there is, runs below its handler's depth, or falls off the end, or if an argument that
/// indexes a table (constants, names, locals, cells) is out of its range: the eval loop
/// relies on all of this to index without checks.
pub fn check_stack(code: &CodeUnit) -> Result<u32, String> {
    let n = code.instructions.len();
    if n == 0 {
        return Err("empty code".into());
    }
    let mut depth_at: Vec<Option<u32>> = vec![None; n];
    let mut work = vec![0usize];
    depth_at[0] = Some(0);
    let mut max = 0u32;
    let set = |depth_at: &mut Vec<Option<u32>>,
               work: &mut Vec<usize>,
               t: usize,
               d: u32|
     -> Result<(), String> {
        if t >= n {
            return Err(format!("jump or fall-through to {t}, past the end"));
        }
        match depth_at[t] {
            None => {
                depth_at[t] = Some(d);
                work.push(t);
                Ok(())
            }
            Some(old) if old == d => Ok(()),
            Some(old) => Err(format!("instruction {t} reached with depths {old} and {d}")),
        }
    };
    while let Some(i) = work.pop() {
        let d = depth_at[i].unwrap_or(0);
        max = max.max(d);
        let ins = code.instructions[i];
        let op = ins.op();
        let arg = ins.arg();
        if let Some(e) = code.handler_for(i as u32) {
            if d < e.depth {
                return Err(format!("instruction {i} runs below its handler's depth"));
            }
            let hd = e.depth + u32::from(e.push_lasti) + 1;
            max = max.max(hd);
            set(&mut depth_at, &mut work, e.handler as usize, hd)?;
        }
        let bound = match op.arg_kind() {
            ArgKind::Const => code.consts.len(),
            ArgKind::Name => code.names.len(),
            ArgKind::Local => code.varnames.len(),
            ArgKind::Deref => code.cellvars.len() + code.freevars.len(),
            _ => usize::MAX,
        };
        if arg as usize >= bound {
            return Err(format!(
                "argument {arg} of instruction {i} ({}) out of range",
                op.name()
            ));
        }
        let (pops, pushes) = op.stack_effect(arg);
        if d < pops {
            return Err(format!(
                "stack underflow at instruction {i} ({})",
                op.name()
            ));
        }
        if let Some((jp, jpu)) = op.jump_effect(arg) {
            if d < jp {
                return Err(format!("stack underflow at jump {i}"));
            }
            let jd = d - jp + jpu;
            max = max.max(jd);
            set(&mut depth_at, &mut work, arg as usize, jd)?;
        }
        if !op.is_terminator() {
            let nd = d - pops + pushes;
            max = max.max(nd);
            set(&mut depth_at, &mut work, i + 1, nd)?;
        }
    }
    Ok(max)
}
