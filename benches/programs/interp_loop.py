# quick-arg: 3
# A small interpreter loop: a stack machine written in Python. A tiny assembler turns
# source lines into (opcode, argument) tuples with resolved labels; the eval loop fetches
# an instruction, unpacks it and dispatches on the opcode through an if/elif chain
# ordered by frequency, like a bytecode VM's switch. Four programs run on it: iterative
# Fibonacci mod a prime, a gcd sum, a sieve of primes in a list "memory", and Collatz
# step counts with a call/return stack.
import sys

(PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, DIV, LT, EQ, JMP, JZ, JNZ, DUP, POP,
 MLOAD, MSTORE, CALL, RET, HALT) = range(20)
NAMES = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "MOD", "DIV", "LT", "EQ", "JMP",
         "JZ", "JNZ", "DUP", "POP", "MLOAD", "MSTORE", "CALL", "RET", "HALT"]
OPCODES = {name: i for i, name in enumerate(NAMES)}


def assemble(text):
    labels = {}
    raw = []
    for line in text.strip().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(raw)
            continue
        parts = line.split()
        raw.append((parts[0], parts[1] if len(parts) > 1 else None))
    code = []
    for name, arg in raw:
        op = OPCODES[name]
        if arg is None:
            value = 0
        elif arg in labels:
            value = labels[arg]
        else:
            value = int(arg)
        code.append((op, value))
    return code


def run(code, nvars, memory):
    stack = []
    calls = []
    variables = [0] * nvars
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == LOAD:
            stack.append(variables[arg])
        elif op == PUSH:
            stack.append(arg)
        elif op == STORE:
            variables[arg] = stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack[-1] += b
        elif op == LT:
            b = stack.pop()
            stack[-1] = 1 if stack[-1] < b else 0
        elif op == JZ:
            if not stack.pop():
                pc = arg
        elif op == JMP:
            pc = arg
        elif op == SUB:
            b = stack.pop()
            stack[-1] -= b
        elif op == MOD:
            b = stack.pop()
            stack[-1] %= b
        elif op == MUL:
            b = stack.pop()
            stack[-1] *= b
        elif op == DIV:
            b = stack.pop()
            stack[-1] //= b
        elif op == EQ:
            b = stack.pop()
            stack[-1] = 1 if stack[-1] == b else 0
        elif op == JNZ:
            if stack.pop():
                pc = arg
        elif op == DUP:
            stack.append(stack[-1])
        elif op == POP:
            stack.pop()
        elif op == MLOAD:
            stack.append(memory[stack.pop()])
        elif op == MSTORE:
            addr = stack.pop()
            memory[addr] = stack.pop()
        elif op == CALL:
            calls.append(pc)
            pc = arg
        elif op == RET:
            pc = calls.pop()
        elif op == HALT:
            return stack, variables, steps
        else:
            raise ValueError("bad opcode %d" % op)


FIB = """
    PUSH 0
    STORE 0          # a
    PUSH 1
    STORE 1          # b
    PUSH 0
    STORE 2          # i
loop:
    LOAD 2
    LOAD 3           # n
    LT
    JZ done
    LOAD 0
    LOAD 1
    ADD
    PUSH 1000003
    MOD
    LOAD 1
    STORE 0
    STORE 1
    LOAD 2
    PUSH 1
    ADD
    STORE 2
    JMP loop
done:
    LOAD 0
    HALT
"""

GCD_SUM = """
    PUSH 0
    STORE 2          # total
    PUSH 1
    STORE 3          # i
outer:
    LOAD 3
    LOAD 4           # limit
    LT
    JZ done
    LOAD 3
    STORE 0          # a = i
    LOAD 4
    STORE 1          # b = limit
gcd:
    LOAD 1
    JZ gcd_done
    LOAD 0
    LOAD 1
    MOD
    LOAD 1
    STORE 0
    STORE 1
    JMP gcd
gcd_done:
    LOAD 2
    LOAD 0
    ADD
    STORE 2
    LOAD 3
    PUSH 1
    ADD
    STORE 3
    JMP outer
done:
    LOAD 2
    HALT
"""

SIEVE = """
    PUSH 2
    STORE 0          # i
outer:
    LOAD 0
    LOAD 0
    MUL
    LOAD 1           # n
    LT
    JZ count
    LOAD 0
    MLOAD
    JNZ next         # memory[i] != 0: composite
    LOAD 0
    LOAD 0
    MUL
    STORE 2          # j = i * i
mark:
    LOAD 2
    LOAD 1
    LT
    JZ next
    PUSH 1
    LOAD 2
    MSTORE           # memory[j] = 1
    LOAD 2
    LOAD 0
    ADD
    STORE 2
    JMP mark
next:
    LOAD 0
    PUSH 1
    ADD
    STORE 0
    JMP outer
count:
    PUSH 0
    STORE 3          # primes
    PUSH 2
    STORE 0
cloop:
    LOAD 0
    LOAD 1
    LT
    JZ done
    LOAD 0
    MLOAD
    JNZ cnext
    LOAD 3
    PUSH 1
    ADD
    STORE 3
cnext:
    LOAD 0
    PUSH 1
    ADD
    STORE 0
    JMP cloop
done:
    LOAD 3
    HALT
"""

COLLATZ = """
    PUSH 0
    STORE 2          # total steps
    PUSH 1
    STORE 1          # k
outer:
    LOAD 1
    LOAD 3           # limit
    LT
    JZ done
    LOAD 1
    STORE 0          # x = k
    CALL steps
    LOAD 1
    PUSH 1
    ADD
    STORE 1
    JMP outer
done:
    LOAD 2
    HALT
steps:               # adds the Collatz step count of x to total
    LOAD 0
    PUSH 1
    EQ
    JNZ back
    LOAD 0
    PUSH 2
    MOD
    JZ even
    LOAD 0
    PUSH 3
    MUL
    PUSH 1
    ADD
    STORE 0
    JMP count
even:
    LOAD 0
    PUSH 2
    DIV
    STORE 0
count:
    LOAD 2
    PUSH 1
    ADD
    STORE 2
    JMP steps
back:
    RET
"""


def with_inputs(program, inputs):
    """The program preceded by PUSH/STORE of each (variable, value), jumps relocated."""
    prologue = []
    for var, value in inputs:
        prologue += [(PUSH, value), (STORE, var)]
    shift = len(prologue)
    return prologue + [(op, arg + shift if op in (JMP, JZ, JNZ, CALL) else arg)
                       for op, arg in program]


def main():
    scale = 40
    if len(sys.argv) > 1:
        scale = int(sys.argv[1])
    fib_p, gcd_p, sieve_p, collatz_p = [assemble(src) for src in (FIB, GCD_SUM, SIEVE, COLLATZ)]
    total_steps = 0
    results = []
    for rep in range(scale):
        fib, _, s1 = run(with_inputs(fib_p, [(3, 2000 + rep)]), 4, [])
        gcds, _, s2 = run(with_inputs(gcd_p, [(4, 300 + rep)]), 5, [])
        size = 3000 + rep
        primes, _, s3 = run(with_inputs(sieve_p, [(1, size)]), 4, [0] * size)
        collatz, _, s4 = run(with_inputs(collatz_p, [(3, 150 + rep)]), 4, [])
        total_steps += s1 + s2 + s3 + s4
        results.append((fib[-1], gcds[-1], primes[-1], collatz[-1]))
    print("last results", results[-1])
    print("sums", [sum(r[i] for r in results) for i in range(4)])
    print("interp checksum", scale, total_steps)


main()
