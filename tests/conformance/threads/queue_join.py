# Worker threads with task_done() and Queue.join().
import queue
import threading

tasks = queue.Queue()
done = []
done_lock = threading.Lock()


def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            return
        with done_lock:
            done.append(n * n)
        tasks.task_done()


workers = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in workers:
    w.start()
for n in range(50):
    tasks.put(n)
tasks.join()
print("round 1", len(done), sum(done))
for n in range(50, 60):
    tasks.put(n)
tasks.join()
print("round 2", len(done), sum(done))
for _ in workers:
    tasks.put(None)
tasks.join()
for w in workers:
    w.join()
print("workers alive", [w.is_alive() for w in workers])
print(tasks.unfinished_tasks, tasks.qsize())

# join() returns at once on a queue with nothing outstanding.
queue.Queue().join()
print("empty join ok")

# A thread blocked in join() is released by the last task_done().
jq = queue.Queue()
jq.put("x")
events = []
joined = threading.Event()


def joiner():
    jq.join()
    events.append("joined")
    joined.set()


t = threading.Thread(target=joiner)
t.start()
print("joined early:", joined.wait(0.05))
jq.get()
events.append("got")
jq.task_done()
t.join()
print(events)
