# Class identity of the queue exceptions; an uncaught Empty ends the program.
import queue

print(queue.Empty.__name__, queue.Empty.__module__, queue.Full.__module__)
print(queue.SimpleQueue.__module__, queue.Queue.__module__)
q = queue.LifoQueue(1)
q.put(1)
try:
    q.put(2, block=False)
except queue.Full as e:
    print("caught", type(e).__name__, e.args)
print(q.get_nowait())
q.get_nowait()
print("not reached")
