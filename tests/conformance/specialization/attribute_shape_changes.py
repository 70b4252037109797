# Instance layouts change while a loop reads attributes.
class P:
    def __init__(self, x):
        self.x = x
def total_x(objs):
    t = 0
    for o in objs:
        t += o.x
    return t
objs = [P(i) for i in range(10000)]
print(total_x(objs))
for o in objs[::2]:
    o.y = 1
print(total_x(objs))
for o in objs[::3]:
    del o.x
    o.x = -1
print(total_x(objs))
class Q:
    x = 1000
q_objs = [Q() for _ in range(100)]
print(total_x(q_objs))
Q.x = 7
print(total_x(q_objs))
q_objs[0].x = 5
print(total_x(q_objs))
class R:
    @property
    def x(self):
        return 3
print(total_x(objs[:10] + [R()] * 10))
