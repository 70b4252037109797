//! Unit tests of the counters: warm-up, back-off, the miss budget and despecialization.

use super::*;

fn one(op: Opcode) -> Quickened {
    Quickened::from_instrs(&[Instr::new(op, 7)])
}

#[test]
fn backoff_grows_exponentially_and_caps() {
    assert_eq!(backoff_value(0), 0);
    assert_eq!(backoff_value(1), 1);
    assert_eq!(backoff_value(4), 15);
    assert_eq!(backoff_value(MAX_BACKOFF), 4095);
    assert_eq!(backoff_value(200), 4095);
}

#[test]
fn warmup_then_attempt() {
    let q = one(Opcode::BinaryOp);
    let mut runs = 0;
    while !q.tick(0) {
        runs += 1;
    }
    assert_eq!(runs, WARMUP as usize);
}

#[test]
fn failed_attempts_back_off() {
    let q = one(Opcode::BinaryOp);
    let mut waits = Vec::new();
    for _ in 0..5 {
        while !q.tick(0) {}
        q.fail(0, Family::BinaryOp);
        // SAFETY: single-threaded test, no other reference.
        waits.push(unsafe { q.cache(0) }.counter);
    }
    assert_eq!(waits, vec![1, 3, 7, 15, 31]);
    assert_eq!(q.stats[Family::BinaryOp as usize].failed.get(), 5);
}

#[test]
fn install_keeps_the_argument_and_misses_despecialize() {
    let q = one(Opcode::BinaryOp);
    while !q.tick(0) {}
    q.install(0, Opcode::BinaryOpAddInt, 0, 0, 0, None);
    assert_eq!(q.instrs()[0].get().op(), Opcode::BinaryOpAddInt);
    assert_eq!(q.instrs()[0].get().arg(), 7);
    for _ in 0..MISS_BUDGET {
        q.miss(0);
        assert_eq!(q.instrs()[0].get().op(), Opcode::BinaryOpAddInt);
    }
    q.miss(0);
    assert_eq!(q.instrs()[0].get().op(), Opcode::BinaryOp);
    assert_eq!(q.instrs()[0].get().arg(), 7);
    let st = &q.stats[Family::BinaryOp as usize];
    assert_eq!(st.specialized.get(), 1);
    assert_eq!(st.misses.get(), MISS_BUDGET as u64 + 1);
    assert_eq!(st.deopts.get(), 1);
    // Back to generic with back-off: the next attempt waits.
    // SAFETY: as above.
    assert_eq!(unsafe { q.cache(0) }.counter, backoff_value(1));
}

#[test]
fn repeated_despecialization_backs_off_further() {
    let q = one(Opcode::CompareOp);
    let mut waits = Vec::new();
    for _ in 0..4 {
        while !q.tick(0) {}
        q.install(0, Opcode::CompareOpInt, 0, 0, 0, None);
        for _ in 0..=MISS_BUDGET {
            q.miss(0);
        }
        // SAFETY: as above.
        waits.push(unsafe { q.cache(0) }.counter);
    }
    assert_eq!(waits, vec![1, 3, 7, 15]);
}

#[test]
fn truthiness_forms_follow_the_jump_direction() {
    for (generic, want) in [
        (Opcode::PopJumpIfFalse, Opcode::PopJumpIfFalseInt),
        (Opcode::PopJumpIfTrue, Opcode::PopJumpIfTrueInt),
    ] {
        let q = one(generic);
        while !q.tick(0) {}
        to_bool(&q, 0, &Value::small_int(3));
        assert_eq!(q.instrs()[0].get().op(), want);
        assert_eq!(q.instrs()[0].get().arg(), 7);
        assert_eq!(want.base(), generic);
        for _ in 0..=MISS_BUDGET {
            q.miss(0);
        }
        assert_eq!(q.instrs()[0].get().op(), generic);
        assert_eq!(q.stats[Family::ToBool as usize].deopts.get(), 1);
    }
}

#[test]
fn every_truthiness_form_is_a_conditional_jump() {
    for op in Opcode::ALL {
        if op.family() == Family::ToBool && op.base() != *op {
            assert!(
                matches!(op.base(), Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue),
                "{}",
                op.name()
            );
        }
    }
}
