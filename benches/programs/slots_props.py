# quick-arg: 8000
# Classes with __slots__ and properties: a particle system whose Vector and Particle
# classes use __slots__, read-only and read-write properties (with setters that validate),
# a cached property-like getter, class attributes, and a subclass adding slots.
# Stresses slot descriptors, property get/set through Python functions, attribute writes.
import sys


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vector(self.x * k, self.y * k)


class Particle:
    __slots__ = ("_pos", "_vel", "_mass", "bounces")
    max_speed2 = 400.0

    def __init__(self, pos, vel, mass):
        self._pos = pos
        self._vel = vel
        self.mass = mass
        self.bounces = 0

    @property
    def pos(self):
        return self._pos

    @pos.setter
    def pos(self, value):
        x, y = value.x, value.y
        if x < 0.0 or x > 100.0:
            self._vel = Vector(-self._vel.x, self._vel.y)
            x = min(max(x, 0.0), 100.0)
            self.bounces += 1
        if y < 0.0 or y > 100.0:
            self._vel = Vector(self._vel.x, -self._vel.y)
            y = min(max(y, 0.0), 100.0)
            self.bounces += 1
        self._pos = Vector(x, y)

    @property
    def vel(self):
        return self._vel

    @vel.setter
    def vel(self, value):
        if value.norm2 > self.max_speed2:
            value = value.scaled(0.5)
        self._vel = value

    @property
    def mass(self):
        return self._mass

    @mass.setter
    def mass(self, value):
        if value <= 0:
            raise ValueError("mass must be positive")
        self._mass = value

    @property
    def energy(self):
        return 0.5 * self.mass * self._vel.norm2


class Charged(Particle):
    __slots__ = ("charge",)

    def __init__(self, pos, vel, mass, charge):
        super().__init__(pos, vel, mass)
        self.charge = charge


def make_particles(n):
    parts = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        x = (seed % 10000) / 100.0
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        y = (seed % 10000) / 100.0
        vx = ((seed >> 8) % 200 - 100) / 10.0
        vy = ((seed >> 4) % 200 - 100) / 10.0
        if i % 3 == 0:
            parts.append(Charged(Vector(x, y), Vector(vx, vy), 1.0 + i % 5, (i % 7) - 3))
        else:
            parts.append(Particle(Vector(x, y), Vector(vx, vy), 1.0 + i % 4))
    return parts


def step(parts, dt):
    gravity = Vector(0.0, -9.8 * dt)
    for p in parts:
        p.vel = p.vel.add(gravity)
        p.pos = p.pos.add(p.vel.scaled(dt))


def main(n):
    parts = make_particles(200)
    steps = n // 40
    for _ in range(steps):
        step(parts, 0.01)
    energy = 0.0
    bounces = 0
    charge = 0
    for p in parts:
        energy += p.energy
        bounces += p.bounces
        if isinstance(p, Charged):
            charge += p.charge
    try:
        parts[0].mass = 0
    except ValueError as e:
        print("error:", e)
    print("steps", steps, "bounces", bounces, "charge", charge)
    print("energy %.4f" % energy)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
