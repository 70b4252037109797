# Two threads taking turns through a Condition.
import threading

cond = threading.Condition()
turn = "ping"
log = []
ROUNDS = 10


def player(me, other):
    global turn
    for i in range(ROUNDS):
        with cond:
            while turn != me:
                cond.wait()
            log.append(f"{me} {i}")
            turn = other
            cond.notify()


a = threading.Thread(target=player, args=("ping", "pong"))
b = threading.Thread(target=player, args=("pong", "ping"))
b.start()
a.start()
a.join()
b.join()
for line in log:
    print(line)

# Same with a plain Lock and wait_for.
cond2 = threading.Condition(threading.Lock())
state = {"n": 0}
trace = []


def stepper(parity):
    for _ in range(5):
        with cond2:
            cond2.wait_for(lambda: state["n"] % 2 == parity)
            trace.append(state["n"])
            state["n"] += 1
            cond2.notify_all()


ts = [threading.Thread(target=stepper, args=(p,)) for p in (1, 0)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(trace)
