//! Bytecode: the instruction table and the compiled-code data format.
//!
//! Owns: the one declaration of every instruction (`instructions!` below), from which the
//! opcode enum, names, argument kinds, stack effects and specialization families are all
//! derived; the encoding of an instruction word; `CodeUnit`, the object-model-free output of
//! the compiler (constants as plain data); the disassembler behind `--dump-bytecode`.
//!
//! Must not: know about runtime objects (`Value`), execute anything, or depend on the parser.
//! The eval loop (`eval/`) gives each opcode its behaviour; the compiler (`compile/`) emits them.

mod code;
mod dis;

pub use code::*;
pub use dis::disassemble;

/// What an instruction's 24-bit argument means; used by the disassembler and by the
/// compiler's checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The argument is ignored (always 0).
    None,
    /// An index into `CodeUnit::consts`.
    Const,
    /// An index into `CodeUnit::names` (globals, attributes, imports).
    Name,
    /// An index into the fast locals (`CodeUnit::varnames`).
    Local,
    /// An index into cells then free variables (`cellvars ++ freevars`).
    Deref,
    /// An absolute instruction index to jump to.
    Jump,
    /// A count of stack items.
    Count,
    /// A sub-operation selector (binary operator, comparison, flags).
    Op,
}

/// The specialization family an instruction belongs to (tier 1, `weft-specialize`).
/// `None` marks instructions that never specialize.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    None,
    LoadAttr,
    StoreAttr,
    LoadGlobal,
    BinaryOp,
    CompareOp,
    BinarySubscr,
    StoreSubscr,
    Call,
    ForIter,
    UnpackSequence,
    Contains,
    ToBool,
}

impl Family {
    /// Every family, in declaration order (`self as usize` indexes this).
    pub const ALL: [Family; 13] = [
        Family::None,
        Family::LoadAttr,
        Family::StoreAttr,
        Family::LoadGlobal,
        Family::BinaryOp,
        Family::CompareOp,
        Family::BinarySubscr,
        Family::StoreSubscr,
        Family::Call,
        Family::ForIter,
        Family::UnpackSequence,
        Family::Contains,
        Family::ToBool,
    ];

    /// The family's name in `-X stats` (its generic instruction's name).
    pub fn name(self) -> &'static str {
        match self {
            Family::None => "-",
            Family::LoadAttr => "LOAD_ATTR",
            Family::StoreAttr => "STORE_ATTR",
            Family::LoadGlobal => "LOAD_GLOBAL",
            Family::BinaryOp => "BINARY_OP",
            Family::CompareOp => "COMPARE_OP",
            Family::BinarySubscr => "BINARY_SUBSCR",
            Family::StoreSubscr => "STORE_SUBSCR",
            Family::Call => "CALL",
            Family::ForIter => "FOR_ITER",
            Family::UnpackSequence => "UNPACK_SEQUENCE",
            Family::Contains => "CONTAINS_OP",
            Family::ToBool => "TO_BOOL",
        }
    }
}

macro_rules! instructions {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident = $text:literal, arg $kind:ident, family $family:ident $(from $base:ident)?,
            stack |$a:ident| $effect:expr $(, jump |$ja:ident| $jeffect:expr)?;
    )*) => {
        /// Every instruction of the VM. Declared once, in `instructions!`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Opcode {
            /// All opcodes in numbering order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The instruction's name as `--dump-bytecode` prints it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => $text,)* }
            }

            /// What the argument means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Opcode::$name => ArgKind::$kind,)* }
            }

            /// Which specialization family the instruction belongs to.
            pub fn family(self) -> Family {
                match self { $(Opcode::$name => Family::$family,)* }
            }

            /// `(pops, pushes)` when execution falls through to the next instruction.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32) -> (u32, u32) {
                match self { $(Opcode::$name => { let $a = arg; $effect })* }
            }

            /// `(pops, pushes)` when the instruction jumps; `None` if it never jumps.
            #[allow(unused_variables)]
            pub fn jump_effect(self, arg: u32) -> Option<(u32, u32)> {
                match self {
                    $(Opcode::$name => instructions!(@jump arg $(, |$ja| $jeffect)?),)*
                }
            }

            /// The generic instruction a specialized one stands for (`self` for generic ones):
            /// what a specialized instruction falls back to on a guard miss and returns to
            /// when it despecializes. Declared with `from` in the table. (Inlined: the eval
            /// loop's fused compare-and-branch asks it of the next instruction.)
            #[inline(always)]
            pub fn base(self) -> Opcode {
                match self { $(Opcode::$name => instructions!(@base $name $(, $base)?),)* }
            }

            /// Decodes an opcode byte; `None` for bytes no instruction uses.
            pub fn from_byte(b: u8) -> Option<Opcode> {
                Self::ALL.get(b as usize).copied()
            }
        }
    };
    (@base $name:ident) => { Opcode::$name };
    (@base $name:ident, $base:ident) => { Opcode::$base };
    (@jump $arg:ident) => { None };
    (@jump $arg:ident, |$ja:ident| $jeffect:expr) => {{ let $ja = $arg; Some($jeffect) }};
}

// The stack layout of calls: `[callable, self_or_null, arg1 .. argN]`. `PUSH_NULL` supplies
// the null for plain calls; `LOAD_METHOD` pushes `[function, self]` when it finds an unbound
// method on the type and `[attribute, null]` otherwise, so method calls allocate no bound
// method. Exceptions use a CPython-3.11-style exception table (`CodeUnit::exception_table`):
// no instruction sets up a block; unwinding looks up the handler for the failing instruction.
instructions! {
    /// Does nothing.
    Nop = "NOP", arg None, family None, stack |a| (0, 0);
    /// Pops the top of stack.
    PopTop = "POP_TOP", arg None, family None, stack |a| (1, 0);
    /// Pushes the null marker used by the call protocol.
    PushNull = "PUSH_NULL", arg None, family None, stack |a| (0, 1);
    /// Pushes a copy of the item `a` places down (1 = top of stack).
    Copy = "COPY", arg Count, family None, stack |a| (a, a + 1);
    /// Swaps the top of stack with the item `a` places down (a >= 2).
    Swap = "SWAP", arg Count, family None, stack |a| (a, a);
    /// Pushes `consts[a]`.
    LoadConst = "LOAD_CONST", arg Const, family None, stack |a| (0, 1);
    /// Pushes local `a`; raises UnboundLocalError if it is unbound.
    LoadFast = "LOAD_FAST", arg Local, family None, stack |a| (0, 1);
    /// Pops into local `a`.
    StoreFast = "STORE_FAST", arg Local, family None, stack |a| (1, 0);
    /// Unbinds local `a`; raises UnboundLocalError if it is unbound.
    DeleteFast = "DELETE_FAST", arg Local, family None, stack |a| (0, 0);
    /// Pushes the contents of cell/free variable `a`; NameError/UnboundLocalError if empty.
    LoadDeref = "LOAD_DEREF", arg Deref, family None, stack |a| (0, 1);
    /// Pops into cell/free variable `a`.
    StoreDeref = "STORE_DEREF", arg Deref, family None, stack |a| (1, 0);
    /// Empties cell/free variable `a`.
    DeleteDeref = "DELETE_DEREF", arg Deref, family None, stack |a| (0, 0);
    /// Pushes the cell object itself of cell/free variable `a` (to build a closure).
    LoadClosure = "LOAD_CLOSURE", arg Deref, family None, stack |a| (0, 1);
    /// In a class body: looks the free variable's name up in the class namespace first,
    /// then in the cell `a`.
    LoadClassDeref = "LOAD_CLASSDEREF", arg Deref, family None, stack |a| (0, 1);
    /// Pushes global `names[a]` (module globals, then builtins); NameError if missing.
    LoadGlobal = "LOAD_GLOBAL", arg Name, family LoadGlobal, stack |a| (0, 1);
    /// Pops into global `names[a]`.
    StoreGlobal = "STORE_GLOBAL", arg Name, family None, stack |a| (1, 0);
    /// Deletes global `names[a]`; NameError if missing.
    DeleteGlobal = "DELETE_GLOBAL", arg Name, family None, stack |a| (0, 0);
    /// Pushes `names[a]` looked up in the frame's locals mapping, globals, builtins
    /// (module and class bodies).
    LoadName = "LOAD_NAME", arg Name, family None, stack |a| (0, 1);
    /// Pops into `names[a]` of the frame's locals mapping.
    StoreName = "STORE_NAME", arg Name, family None, stack |a| (1, 0);
    /// Deletes `names[a]` from the frame's locals mapping; NameError if missing.
    DeleteName = "DELETE_NAME", arg Name, family None, stack |a| (0, 0);
    /// Replaces TOS with `getattr(TOS, names[a])`.
    LoadAttr = "LOAD_ATTR", arg Name, family LoadAttr, stack |a| (1, 1);
    /// Replaces TOS (the receiver) with `[method, receiver]` for an unbound method found on
    /// its type, else with `[getattr(receiver, names[a]), null]`.
    LoadMethod = "LOAD_METHOD", arg Name, family LoadAttr, stack |a| (1, 2);
    /// `TOS.names[a] = TOS1`; pops both.
    StoreAttr = "STORE_ATTR", arg Name, family StoreAttr, stack |a| (2, 0);
    /// `del TOS.names[a]`; pops it.
    DeleteAttr = "DELETE_ATTR", arg Name, family None, stack |a| (1, 0);
    /// Replaces TOS1, TOS with `TOS1 op TOS`; `a` is a `BinaryOp` value (in-place variants
    /// included).
    BinaryOp = "BINARY_OP", arg Op, family BinaryOp, stack |a| (2, 1);
    /// `-TOS`.
    UnaryNegative = "UNARY_NEGATIVE", arg None, family None, stack |a| (1, 1);
    /// `+TOS`.
    UnaryPositive = "UNARY_POSITIVE", arg None, family None, stack |a| (1, 1);
    /// `not TOS`.
    UnaryNot = "UNARY_NOT", arg None, family ToBool, stack |a| (1, 1);
    /// `~TOS`.
    UnaryInvert = "UNARY_INVERT", arg None, family None, stack |a| (1, 1);
    /// Replaces TOS1, TOS with `TOS1 cmp TOS`; `a` is a `CompareOp` value.
    CompareOp = "COMPARE_OP", arg Op, family CompareOp, stack |a| (2, 1);
    /// `TOS1 is TOS` (`is not` when `a` is 1).
    IsOp = "IS_OP", arg Op, family None, stack |a| (2, 1);
    /// `TOS1 in TOS` (`not in` when `a` is 1).
    ContainsOp = "CONTAINS_OP", arg Op, family Contains, stack |a| (2, 1);
    /// Replaces TOS1, TOS with `TOS1[TOS]`.
    BinarySubscr = "BINARY_SUBSCR", arg None, family BinarySubscr, stack |a| (2, 1);
    /// `TOS1[TOS] = TOS2`; pops all three.
    StoreSubscr = "STORE_SUBSCR", arg None, family StoreSubscr, stack |a| (3, 0);
    /// `del TOS1[TOS]`; pops both.
    DeleteSubscr = "DELETE_SUBSCR", arg None, family None, stack |a| (2, 0);
    /// Pops `a` (2 or 3) items and pushes `slice(...)` of them.
    BuildSlice = "BUILD_SLICE", arg Count, family None, stack |a| (a, 1);
    /// Pops `a` items and pushes a tuple of them.
    BuildTuple = "BUILD_TUPLE", arg Count, family None, stack |a| (a, 1);
    /// Pops `a` items and pushes a list of them.
    BuildList = "BUILD_LIST", arg Count, family None, stack |a| (a, 1);
    /// Pops `a` items and pushes a set of them.
    BuildSet = "BUILD_SET", arg Count, family None, stack |a| (a, 1);
    /// Pops `2a` items (key, value, key, value ...) and pushes a dict of them.
    BuildMap = "BUILD_MAP", arg Count, family None, stack |a| (2 * a, 1);
    /// Pops `a + 1` items: `a` values then a tuple of keys (TOS); pushes a dict.
    BuildConstKeyMap = "BUILD_CONST_KEY_MAP", arg Count, family None, stack |a| (a + 1, 1);
    /// Pops `a` strings and pushes their concatenation.
    BuildString = "BUILD_STRING", arg Count, family None, stack |a| (a, 1);
    /// Pops TOS and appends it to the list `a` places down (after the pop; 1 = new TOS).
    ListAppend = "LIST_APPEND", arg Count, family None, stack |a| (1, 0);
    /// Pops TOS and adds it to the set `a` places down.
    SetAdd = "SET_ADD", arg Count, family None, stack |a| (1, 0);
    /// Pops value (TOS) and key (TOS1) and stores them in the dict `a` places down.
    MapAdd = "MAP_ADD", arg Count, family None, stack |a| (2, 0);
    /// Pops an iterable and extends the list `a` places down with it.
    ListExtend = "LIST_EXTEND", arg Count, family None, stack |a| (1, 0);
    /// Pops an iterable and adds its items to the set `a` places down.
    SetUpdate = "SET_UPDATE", arg Count, family None, stack |a| (1, 0);
    /// Pops a mapping and updates the dict `a` places down with it.
    DictUpdate = "DICT_UPDATE", arg Count, family None, stack |a| (1, 0);
    /// Like DICT_UPDATE for `**` in calls: duplicate keys raise TypeError ("got multiple
    /// values for keyword argument"); the callable is found 2 below the dict.
    DictMerge = "DICT_MERGE", arg Count, family None, stack |a| (1, 0);
    /// Replaces the list at TOS with a tuple of its items.
    ListToTuple = "LIST_TO_TUPLE", arg None, family None, stack |a| (1, 1);
    /// Formats a value for an f-string. `a & 3`: conversion (0 none, 1 str, 2 repr,
    /// 3 ascii); `a & 4`: a format spec string is on TOS above the value.
    FormatValue = "FORMAT_VALUE", arg Op, family None,
        stack |a| (if a & 4 != 0 { 2 } else { 1 }, 1);
    /// Jumps forward to `a`.
    Jump = "JUMP", arg Jump, family None, stack |a| (0, 0), jump |a| (0, 0);
    /// Jumps back to `a`, a loop header; counts loop iterations and polls the eval breaker.
    JumpBackward = "JUMP_BACKWARD", arg Jump, family None, stack |a| (0, 0), jump |a| (0, 0);
    /// Pops TOS; jumps to `a` if it is false.
    PopJumpIfFalse = "POP_JUMP_IF_FALSE", arg Jump, family ToBool, stack |a| (1, 0),
        jump |a| (1, 0);
    /// Pops TOS; jumps to `a` if it is true.
    PopJumpIfTrue = "POP_JUMP_IF_TRUE", arg Jump, family ToBool, stack |a| (1, 0),
        jump |a| (1, 0);
    /// Pops TOS; jumps to `a` if it is None.
    PopJumpIfNone = "POP_JUMP_IF_NONE", arg Jump, family None, stack |a| (1, 0),
        jump |a| (1, 0);
    /// Pops TOS; jumps to `a` if it is not None.
    PopJumpIfNotNone = "POP_JUMP_IF_NOT_NONE", arg Jump, family None, stack |a| (1, 0),
        jump |a| (1, 0);
    /// If TOS is false, jumps to `a` keeping it; otherwise pops it.
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP", arg Jump, family ToBool, stack |a| (1, 0),
        jump |a| (1, 1);
    /// If TOS is true, jumps to `a` keeping it; otherwise pops it.
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP", arg Jump, family ToBool, stack |a| (1, 0),
        jump |a| (1, 1);
    /// Replaces TOS with `iter(TOS)`.
    GetIter = "GET_ITER", arg None, family None, stack |a| (1, 1);
    /// TOS is an iterator: pushes its next item, or when exhausted pops it and jumps to `a`.
    ForIter = "FOR_ITER", arg Jump, family ForIter, stack |a| (1, 2), jump |a| (1, 0);
    /// Pops a sequence and pushes its `a` items, the first item on top.
    UnpackSequence = "UNPACK_SEQUENCE", arg Count, family UnpackSequence,
        stack |a| (1, a);
    /// Starred unpacking: `a & 0xff` items before the star, `a >> 8` after; pushes
    /// `before + 1 + after` items (the starred list in the middle), first item on top.
    UnpackEx = "UNPACK_EX", arg Count, family None,
        stack |a| (1, (a & 0xff) + (a >> 8) + 1);
    /// Calls with `a` positional arguments: stack `[callable, self_or_null, args...]`.
    Call = "CALL", arg Count, family Call, stack |a| (a + 2, 1);
    /// Calls with `a` arguments of which the last `len(TOS)` are keywords named by the
    /// tuple at TOS: `[callable, self_or_null, args..., kwnames]`.
    CallKw = "CALL_KW", arg Count, family Call, stack |a| (a + 3, 1);
    /// Calls `[callable, self_or_null, args_tuple, kwargs_dict?]`; `a & 1`: a kwargs dict
    /// is present.
    CallFunctionEx = "CALL_FUNCTION_EX", arg Op, family None,
        stack |a| (3 + (a & 1), 1);
    /// Builds a function from the code object at TOS. Below it, in this order from the
    /// bottom, as flagged in `a`: 1 defaults tuple, 2 kw-defaults dict, 4 annotations
    /// dict, 8 closure tuple.
    MakeFunction = "MAKE_FUNCTION", arg Op, family None,
        stack |a| (1 + (a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1), 1);
    /// Returns TOS from the frame.
    ReturnValue = "RETURN_VALUE", arg None, family None, stack |a| (1, 0);
    /// Suspends a generator frame yielding TOS; on resume TOS is the sent value. `a` is 1
    /// when the yield is the one inside a `yield from` loop: the sub-iterator is then TOS1,
    /// and `throw()`/`close()` on the generator are forwarded to it.
    YieldValue = "YIELD_VALUE", arg Op, family None, stack |a| (1, 1);
    /// Replaces TOS with `iter(TOS)` unless it is a generator (for `yield from`).
    GetYieldFromIter = "GET_YIELD_FROM_ITER", arg None, family None, stack |a| (1, 1);
    /// `yield from` step: TOS1 is the sub-iterator, TOS the value to send. Sends it
    /// (`next` for None) and replaces TOS with the result; when the sub-iterator finishes,
    /// pops both, pushes its return value and jumps to `a`.
    Send = "SEND", arg Jump, family None, stack |a| (2, 2), jump |a| (2, 1);
    /// Pushes the `__build_class__` builtin.
    LoadBuildClass = "LOAD_BUILD_CLASS", arg None, family None, stack |a| (0, 1);
    /// Pushes `AssertionError`.
    LoadAssertionError = "LOAD_ASSERTION_ERROR", arg None, family None, stack |a| (0, 1);
    /// `a` = 0: re-raise the exception being handled; 1: raise TOS; 2: raise TOS1 from TOS.
    RaiseVarargs = "RAISE_VARARGS", arg Count, family None, stack |a| (a, 0);
    /// In a handler: pushes the previously handled exception (or None) below the current
    /// exception at TOS, and makes TOS the exception being handled.
    PushExcInfo = "PUSH_EXC_INFO", arg None, family None, stack |a| (1, 2);
    /// Pops TOS, the previously handled exception, and restores it as the one handled.
    PopExcept = "POP_EXCEPT", arg None, family None, stack |a| (1, 0);
    /// TOS is an exception class (or tuple), TOS1 the exception: replaces TOS with whether
    /// TOS1 matches it.
    CheckExcMatch = "CHECK_EXC_MATCH", arg None, family None, stack |a| (2, 2);
    /// Re-raises the exception at TOS. If `a` is non-zero, TOS1 (popped too) is the
    /// instruction index to report in the traceback (`f_lasti`).
    Reraise = "RERAISE", arg Count, family None, stack |a| (1 + a, 0);
    /// `with` entry: replaces the context manager at TOS with `[bound __exit__,
    /// result of __enter__()]`.
    BeforeWith = "BEFORE_WITH", arg None, family None, stack |a| (1, 2);
    /// In a `with` handler: stack `[exit_func, lasti, prev_exc, exc]`; pushes
    /// `exit_func(type(exc), exc, exc.__traceback__)`.
    WithExceptStart = "WITH_EXCEPT_START", arg None, family None, stack |a| (4, 5);
    /// Imports module `names[a]`: pops `fromlist` (TOS) and `level` (TOS1), pushes the module.
    ImportName = "IMPORT_NAME", arg Name, family None, stack |a| (2, 1);
    /// Pushes attribute `names[a]` of the module at TOS (kept).
    ImportFrom = "IMPORT_FROM", arg Name, family None, stack |a| (1, 2);
    /// `from module import *`: pops the module.
    ImportStar = "IMPORT_STAR", arg None, family None, stack |a| (1, 0);

    // ---- superinstructions (tier 1) ----------------------------------------------------
    // Written into a thread's quickened copy when it is made, over the first of two
    // instructions that often follow each other (CPython 3.11's superinstructions): it runs
    // both, taking the second's argument from the next word, and continues after the
    // second, which stays in place for jumps that land on it. The stack effect declared is
    // the first instruction's (only compiled code, which never has these, is checked).

    /// `LOAD_FAST a; LOAD_FAST b`.
    LoadFastLoadFast = "LOAD_FAST__LOAD_FAST", arg Local, family None from LoadFast,
        stack |a| (0, 1);
    /// `LOAD_FAST a; LOAD_CONST c`.
    LoadFastLoadConst = "LOAD_FAST__LOAD_CONST", arg Local, family None from LoadFast,
        stack |a| (0, 1);
    /// `LOAD_CONST c; LOAD_FAST a`.
    LoadConstLoadFast = "LOAD_CONST__LOAD_FAST", arg Const, family None from LoadConst,
        stack |a| (0, 1);
    /// `STORE_FAST a; LOAD_FAST b`.
    StoreFastLoadFast = "STORE_FAST__LOAD_FAST", arg Local, family None from StoreFast,
        stack |a| (1, 0);
    /// `STORE_FAST a; STORE_FAST b`.
    StoreFastStoreFast = "STORE_FAST__STORE_FAST", arg Local, family None from StoreFast,
        stack |a| (1, 0);

    // ---- specialized forms (tier 1) ----------------------------------------------------
    // Never emitted by the compiler: the specializer (`specialize/`) rewrites a generic
    // instruction into one of these in a thread's quickened copy of the code, keeping the
    // argument; the inline cache at the same index holds the guard data. On a guard miss
    // each runs its `from` instruction's generic behaviour.

    /// Instance attribute in a shape slot: guards type version and shape id.
    LoadAttrSlot = "LOAD_ATTR_SLOT", arg Name, family LoadAttr from LoadAttr,
        stack |a| (1, 1);
    /// Plain class attribute (no `__get__`) not shadowed by the instance: type version and
    /// shape guards, value cached.
    LoadAttrClass = "LOAD_ATTR_CLASS", arg Name, family LoadAttr from LoadAttr,
        stack |a| (1, 1);
    /// `property` getter: type version guard, calls the cached `fget`.
    LoadAttrProperty = "LOAD_ATTR_PROPERTY", arg Name, family LoadAttr from LoadAttr,
        stack |a| (1, 1);
    /// `__slots__` member: type version guard, reads the member at the cached index of the
    /// instance's storage at the cached offset.
    LoadAttrMember = "LOAD_ATTR_MEMBER", arg Name, family LoadAttr from LoadAttr,
        stack |a| (1, 1);
    /// Module attribute: the module dict's entry at the cached index, key checked.
    LoadAttrModule = "LOAD_ATTR_MODULE", arg Name, family LoadAttr from LoadAttr,
        stack |a| (1, 1);
    /// Attribute of a class object (`C.X`): the class's version guard, value cached.
    LoadAttrType = "LOAD_ATTR_TYPE", arg Name, family LoadAttr from LoadAttr,
        stack |a| (1, 1);
    /// Method on the class (Python function or native method descriptor), not shadowed
    /// by the instance: pushes `[function, self]`.
    LoadMethodFunc = "LOAD_METHOD_FUNC", arg Name, family LoadAttr from LoadMethod,
        stack |a| (1, 2);
    /// `module.name` in a call: pushes `[attribute, null]` from the module dict's entry.
    LoadMethodModule = "LOAD_METHOD_MODULE", arg Name, family LoadAttr from LoadMethod,
        stack |a| (1, 2);
    /// Store to an existing instance slot: type version and shape guards.
    StoreAttrSlot = "STORE_ATTR_SLOT", arg Name, family StoreAttr from StoreAttr,
        stack |a| (2, 0);
    /// Store that adds an attribute: moves the instance from the cached shape to its
    /// cached child shape.
    StoreAttrAdd = "STORE_ATTR_ADD", arg Name, family StoreAttr from StoreAttr,
        stack |a| (2, 0);
    /// Store to a `__slots__` member: type version guard, cached index and offset.
    StoreAttrMember = "STORE_ATTR_MEMBER", arg Name, family StoreAttr from StoreAttr,
        stack |a| (2, 0);
    /// `property` setter: type version guard, calls the cached `fset` (a Python function)
    /// with the instance and the value.
    StoreAttrProperty = "STORE_ATTR_PROPERTY", arg Name, family StoreAttr from StoreAttr,
        stack |a| (2, 0);
    /// Module global: the globals dict's entry at the cached index, key checked.
    LoadGlobalModule = "LOAD_GLOBAL_MODULE", arg Name, family LoadGlobal from LoadGlobal,
        stack |a| (0, 1);
    /// Builtin: globals keys-version guard (name absent), builtins entry at the index.
    LoadGlobalBuiltin = "LOAD_GLOBAL_BUILTIN", arg Name, family LoadGlobal from LoadGlobal,
        stack |a| (0, 1);
    /// Small-int `+`.
    BinaryOpAddInt = "BINARY_OP_ADD_INT", arg Op, family BinaryOp from BinaryOp,
        stack |a| (2, 1);
    /// Small-int `-`.
    BinaryOpSubInt = "BINARY_OP_SUB_INT", arg Op, family BinaryOp from BinaryOp,
        stack |a| (2, 1);
    /// Small-int `*`.
    BinaryOpMulInt = "BINARY_OP_MUL_INT", arg Op, family BinaryOp from BinaryOp,
        stack |a| (2, 1);
    /// Other small-int operators (`//`, `%`, `&`, `|`, `^`, `<<`, `>>`).
    BinaryOpInt = "BINARY_OP_INT", arg Op, family BinaryOp from BinaryOp,
        stack |a| (2, 1);
    /// Float `+ - * / **`, either operand possibly a small int.
    BinaryOpFloat = "BINARY_OP_FLOAT", arg Op, family BinaryOp from BinaryOp,
        stack |a| (2, 1);
    /// Exact-str concatenation.
    BinaryOpAddStr = "BINARY_OP_ADD_STR", arg Op, family BinaryOp from BinaryOp,
        stack |a| (2, 1);
    /// Exact list indexed by a small int.
    BinarySubscrListInt = "BINARY_SUBSCR_LIST_INT", arg None,
        family BinarySubscr from BinarySubscr, stack |a| (2, 1);
    /// Exact tuple indexed by a small int.
    BinarySubscrTupleInt = "BINARY_SUBSCR_TUPLE_INT", arg None,
        family BinarySubscr from BinarySubscr, stack |a| (2, 1);
    /// Exact dict.
    BinarySubscrDict = "BINARY_SUBSCR_DICT", arg None, family BinarySubscr from BinarySubscr,
        stack |a| (2, 1);
    /// Exact list item assignment by a small int.
    StoreSubscrListInt = "STORE_SUBSCR_LIST_INT", arg None,
        family StoreSubscr from StoreSubscr, stack |a| (3, 0);
    /// Exact dict item assignment.
    StoreSubscrDict = "STORE_SUBSCR_DICT", arg None, family StoreSubscr from StoreSubscr,
        stack |a| (3, 0);
    /// Small-int comparison.
    CompareOpInt = "COMPARE_OP_INT", arg Op, family CompareOp from CompareOp,
        stack |a| (2, 1);
    /// Float comparison (a small int operand is converted exactly).
    CompareOpFloat = "COMPARE_OP_FLOAT", arg Op, family CompareOp from CompareOp,
        stack |a| (2, 1);
    /// Exact-str comparison.
    CompareOpStr = "COMPARE_OP_STR", arg Op, family CompareOp from CompareOp,
        stack |a| (2, 1);
    /// `in` an exact dict.
    ContainsOpDict = "CONTAINS_OP_DICT", arg Op, family Contains from ContainsOp,
        stack |a| (2, 1);
    /// `in` an exact set or frozenset.
    ContainsOpSet = "CONTAINS_OP_SET", arg Op, family Contains from ContainsOp,
        stack |a| (2, 1);
    /// Exact str `in` exact str.
    ContainsOpStr = "CONTAINS_OP_STR", arg Op, family Contains from ContainsOp,
        stack |a| (2, 1);
    /// `for` over a `range` iterator of machine ints.
    ForIterRange = "FOR_ITER_RANGE", arg Jump, family ForIter from ForIter,
        stack |a| (1, 2), jump |a| (1, 0);
    /// `for` over a list iterator.
    ForIterList = "FOR_ITER_LIST", arg Jump, family ForIter from ForIter,
        stack |a| (1, 2), jump |a| (1, 0);
    /// `for` over a tuple iterator.
    ForIterTuple = "FOR_ITER_TUPLE", arg Jump, family ForIter from ForIter,
        stack |a| (1, 2), jump |a| (1, 0);
    /// Unpacks an exact tuple of two.
    UnpackSequenceTwoTuple = "UNPACK_SEQUENCE_TWO_TUPLE", arg Count,
        family UnpackSequence from UnpackSequence, stack |a| (1, a);
    /// Unpacks an exact tuple of `a` items.
    UnpackSequenceTuple = "UNPACK_SEQUENCE_TUPLE", arg Count,
        family UnpackSequence from UnpackSequence, stack |a| (1, a);
    /// Unpacks an exact list of `a` items.
    UnpackSequenceList = "UNPACK_SEQUENCE_LIST", arg Count,
        family UnpackSequence from UnpackSequence, stack |a| (1, a);
    /// Calls the cached Python function (identity and version guards) with exactly its
    /// positional parameters.
    CallPyExactArgs = "CALL_PY_EXACT_ARGS", arg Count, family Call from Call,
        stack |a| (a + 2, 1);
    /// `CALL_KW` of the cached Python function (identity and version guards) with this
    /// site's keyword names (identity guard), each naming a positional-or-keyword parameter
    /// after the positional arguments; the rest come from the defaults.
    CallKwPy = "CALL_KW_PY", arg Count, family Call from CallKw, stack |a| (a + 3, 1);
    /// Calls a bound method of the cached Python function with exact positional args.
    CallBoundMethodExactArgs = "CALL_BOUND_METHOD_EXACT_ARGS", arg Count,
        family Call from Call, stack |a| (a + 2, 1);
    /// Instantiates the cached class (type version guard) whose `__init__` is a Python
    /// function taking exactly the positional arguments.
    CallPyClass = "CALL_PY_CLASS", arg Count, family Call from Call, stack |a| (a + 2, 1);
    /// Calls the cached native builtin function directly.
    CallBuiltin = "CALL_BUILTIN", arg Count, family Call from Call, stack |a| (a + 2, 1);
    /// Calls the cached native method descriptor on its receiver directly.
    CallMethodDescr = "CALL_METHOD_DESCR", arg Count, family Call from Call,
        stack |a| (a + 2, 1);
    /// `len(x)`.
    CallLen = "CALL_LEN", arg Count, family Call from Call, stack |a| (a + 2, 1);
    /// `isinstance(x, cls)` with a class (not a tuple) as the second argument.
    CallIsinstance = "CALL_ISINSTANCE", arg Count, family Call from Call,
        stack |a| (a + 2, 1);
    /// `lst.append(x)` on an exact list.
    CallListAppend = "CALL_LIST_APPEND", arg Count, family Call from Call,
        stack |a| (a + 2, 1);

    // Truthiness (CPython 3.12's `TO_BOOL` family, folded into the conditional jumps that
    // test it): each guards the kind of value seen when it was specialized.
    /// `POP_JUMP_IF_FALSE` on `True`/`False`.
    PopJumpIfFalseBool = "POP_JUMP_IF_FALSE_BOOL", arg Jump, family ToBool from PopJumpIfFalse,
        stack |a| (1, 0), jump |a| (1, 0);
    /// `POP_JUMP_IF_TRUE` on `True`/`False`.
    PopJumpIfTrueBool = "POP_JUMP_IF_TRUE_BOOL", arg Jump, family ToBool from PopJumpIfTrue,
        stack |a| (1, 0), jump |a| (1, 0);
    /// `POP_JUMP_IF_FALSE` on a small int.
    PopJumpIfFalseInt = "POP_JUMP_IF_FALSE_INT", arg Jump, family ToBool from PopJumpIfFalse,
        stack |a| (1, 0), jump |a| (1, 0);
    /// `POP_JUMP_IF_TRUE` on a small int.
    PopJumpIfTrueInt = "POP_JUMP_IF_TRUE_INT", arg Jump, family ToBool from PopJumpIfTrue,
        stack |a| (1, 0), jump |a| (1, 0);
    /// `POP_JUMP_IF_FALSE` on `None`.
    PopJumpIfFalseNone = "POP_JUMP_IF_FALSE_NONE", arg Jump, family ToBool from PopJumpIfFalse,
        stack |a| (1, 0), jump |a| (1, 0);
    /// `POP_JUMP_IF_TRUE` on `None`.
    PopJumpIfTrueNone = "POP_JUMP_IF_TRUE_NONE", arg Jump, family ToBool from PopJumpIfTrue,
        stack |a| (1, 0), jump |a| (1, 0);
    /// `POP_JUMP_IF_FALSE` on an exact list, tuple, str or dict (the cached kind): its length.
    PopJumpIfFalseSized = "POP_JUMP_IF_FALSE_SIZED", arg Jump,
        family ToBool from PopJumpIfFalse, stack |a| (1, 0), jump |a| (1, 0);
    /// `POP_JUMP_IF_TRUE` on an exact list, tuple, str or dict (the cached kind).
    PopJumpIfTrueSized = "POP_JUMP_IF_TRUE_SIZED", arg Jump, family ToBool from PopJumpIfTrue,
        stack |a| (1, 0), jump |a| (1, 0);
    /// `POP_JUMP_IF_FALSE` on instances of the cached type (version guard), which has
    /// neither `__bool__` nor `__len__` (always true), or on `None`.
    PopJumpIfFalseObj = "POP_JUMP_IF_FALSE_OBJ", arg Jump, family ToBool from PopJumpIfFalse,
        stack |a| (1, 0), jump |a| (1, 0);
    /// `POP_JUMP_IF_TRUE` on instances of the cached always-true type, or on `None`.
    PopJumpIfTrueObj = "POP_JUMP_IF_TRUE_OBJ", arg Jump, family ToBool from PopJumpIfTrue,
        stack |a| (1, 0), jump |a| (1, 0);
    /// `for` over an exact dict's key, value or item iterator.
    ForIterDict = "FOR_ITER_DICT", arg Jump, family ForIter from ForIter,
        stack |a| (1, 2), jump |a| (1, 0);
    /// `for` over an exact `str_iterator`.
    ForIterStr = "FOR_ITER_STR", arg Jump, family ForIter from ForIter,
        stack |a| (1, 2), jump |a| (1, 0);
    /// `for` over an exact `enumerate` object.
    ForIterEnumerate = "FOR_ITER_ENUMERATE", arg Jump, family ForIter from ForIter,
        stack |a| (1, 2), jump |a| (1, 0);
    /// `for` over an exact `zip` object.
    ForIterZip = "FOR_ITER_ZIP", arg Jump, family ForIter from ForIter,
        stack |a| (1, 2), jump |a| (1, 0);
    /// `range(...)` with 1 to 3 small-int arguments: calls range's constructor directly.
    CallRange = "CALL_RANGE", arg Count, family Call from Call, stack |a| (a + 2, 1);
}

impl Opcode {
    /// True for instructions after which execution never falls through.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::Jump
                | Opcode::JumpBackward
                | Opcode::ReturnValue
                | Opcode::RaiseVarargs
                | Opcode::Reraise
        )
    }
}

/// The operators of `BINARY_OP`, in-place forms offset by `INPLACE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    Add,
    And,
    FloorDivide,
    LShift,
    MatMul,
    Multiply,
    Remainder,
    Or,
    Power,
    RShift,
    Subtract,
    TrueDivide,
    Xor,
}

impl BinaryOp {
    /// Added to an operator's number for its augmented-assignment form (`+=`).
    pub const INPLACE: u32 = 13;
    pub const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::And,
        BinaryOp::FloorDivide,
        BinaryOp::LShift,
        BinaryOp::MatMul,
        BinaryOp::Multiply,
        BinaryOp::Remainder,
        BinaryOp::Or,
        BinaryOp::Power,
        BinaryOp::RShift,
        BinaryOp::Subtract,
        BinaryOp::TrueDivide,
        BinaryOp::Xor,
    ];

    /// Splits a `BINARY_OP` argument into the operator and whether it is in-place.
    pub fn decode(arg: u32) -> Option<(BinaryOp, bool)> {
        let inplace = arg >= Self::INPLACE;
        let base = if inplace { arg - Self::INPLACE } else { arg };
        Self::ALL.get(base as usize).map(|op| (*op, inplace))
    }

    /// The operator as Python writes it (`+`), as used in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::And => "&",
            BinaryOp::FloorDivide => "//",
            BinaryOp::LShift => "<<",
            BinaryOp::MatMul => "@",
            BinaryOp::Multiply => "*",
            BinaryOp::Remainder => "%",
            BinaryOp::Or => "|",
            BinaryOp::Power => "** or pow()",
            BinaryOp::RShift => ">>",
            BinaryOp::Subtract => "-",
            BinaryOp::TrueDivide => "/",
            BinaryOp::Xor => "^",
        }
    }
}

/// The comparisons of `COMPARE_OP`, numbered as CPython's rich comparison ops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub fn decode(arg: u32) -> Option<CompareOp> {
        Some(match arg {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }
}

/// `MAKE_FUNCTION` flags.
pub mod make_function {
    pub const DEFAULTS: u32 = 1;
    pub const KW_DEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

/// One encoded instruction: opcode in the low byte, argument in the upper 24 bits.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct Instr(pub u32);

impl Instr {
    /// The largest argument an instruction can carry.
    pub const MAX_ARG: u32 = (1 << 24) - 1;

    #[inline(always)]
    pub fn new(op: Opcode, arg: u32) -> Instr {
        debug_assert!(arg <= Self::MAX_ARG);
        Instr((op as u32) | (arg << 8))
    }

    #[inline(always)]
    pub fn op(self) -> Opcode {
        // SAFETY: an `Instr` is only built by `Instr::new` (or `with_arg`), whose low byte is
        // a valid `Opcode` discriminant, and `Opcode` is `repr(u8)` with dense discriminants.
        unsafe { std::mem::transmute::<u8, Opcode>(self.0 as u8) }
    }

    #[inline(always)]
    pub fn arg(self) -> u32 {
        self.0 >> 8
    }

    pub fn with_arg(self, arg: u32) -> Instr {
        Instr::new(self.op(), arg)
    }
}

impl std::fmt::Debug for Instr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.op().name(), self.arg())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_round_trip_through_bytes() {
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Opcode::from_byte(i as u8), Some(*op));
            let ins = Instr::new(*op, 12345);
            assert_eq!(ins.op(), *op);
            assert_eq!(ins.arg(), 12345);
        }
        assert!(Opcode::ALL.len() < 256);
    }

    #[test]
    fn specialized_forms_match_their_generic_instruction() {
        for op in Opcode::ALL {
            let base = op.base();
            assert_eq!(base.base(), base, "{}", op.name());
            if base != *op {
                assert_eq!(op.family(), base.family(), "{}", op.name());
                // Only superinstructions (named FIRST__SECOND) stand for an instruction of
                // no family.
                assert!(
                    op.family() != Family::None || op.name().contains("__"),
                    "{}",
                    op.name()
                );
                assert_eq!(op.arg_kind(), base.arg_kind(), "{}", op.name());
                for a in [0, 1, 2, 5] {
                    assert_eq!(op.stack_effect(a), base.stack_effect(a), "{}", op.name());
                    assert_eq!(op.jump_effect(a), base.jump_effect(a), "{}", op.name());
                }
            }
        }
        for (i, f) in Family::ALL.iter().enumerate() {
            assert_eq!(*f as usize, i);
        }
    }

    #[test]
    fn jumps_declare_their_effect() {
        for op in Opcode::ALL {
            if op.arg_kind() == ArgKind::Jump {
                assert!(op.jump_effect(0).is_some(), "{}", op.name());
            }
        }
    }
}
