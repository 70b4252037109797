# quick-arg: 10000
# N-body simulation of a small planetary system. Bodies are lists of floats
# kept in tuples; stresses float arithmetic, list indexing, tuple unpacking.
import sys

PI = 3.14159265358979323
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


def make_bodies():
    # [x, y, z], [vx, vy, vz], mass
    sun = ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS)
    giant_a = ([4.84, -1.16, -0.10],
               [0.00166 * DAYS_PER_YEAR, 0.00770 * DAYS_PER_YEAR, -0.0000690 * DAYS_PER_YEAR],
               0.000954 * SOLAR_MASS)
    giant_b = ([8.34, 4.12, -0.40],
               [-0.00277 * DAYS_PER_YEAR, 0.00500 * DAYS_PER_YEAR, 0.0000230 * DAYS_PER_YEAR],
               0.000286 * SOLAR_MASS)
    ice_a = ([12.89, -15.11, -0.22],
             [0.00297 * DAYS_PER_YEAR, 0.00238 * DAYS_PER_YEAR, -0.0000297 * DAYS_PER_YEAR],
             0.0000437 * SOLAR_MASS)
    ice_b = ([15.38, -25.92, 0.18],
             [0.00268 * DAYS_PER_YEAR, 0.00163 * DAYS_PER_YEAR, -0.0000952 * DAYS_PER_YEAR],
             0.0000515 * SOLAR_MASS)
    return (sun, giant_a, giant_b, ice_a, ice_b)


def make_pairs(bodies):
    pairs = []
    n = len(bodies)
    for i in range(n):
        for j in range(i + 1, n):
            pairs.append((bodies[i], bodies[j]))
    return tuple(pairs)


def offset_momentum(bodies):
    px = py = pz = 0.0
    for (pos, vel, m) in bodies:
        px += vel[0] * m
        py += vel[1] * m
        pz += vel[2] * m
    sun_vel = bodies[0][1]
    sun_vel[0] = -px / SOLAR_MASS
    sun_vel[1] = -py / SOLAR_MASS
    sun_vel[2] = -pz / SOLAR_MASS


def energy(bodies, pairs):
    e = 0.0
    for (pos, vel, m) in bodies:
        e += 0.5 * m * (vel[0] * vel[0] + vel[1] * vel[1] + vel[2] * vel[2])
    for ((p1, v1, m1), (p2, v2, m2)) in pairs:
        dx = p1[0] - p2[0]
        dy = p1[1] - p2[1]
        dz = p1[2] - p2[2]
        d2 = dx * dx + dy * dy + dz * dz
        e -= (m1 * m2) / (d2 ** 0.5)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for (pos, vel, m) in bodies:
            pos[0] += dt * vel[0]
            pos[1] += dt * vel[1]
            pos[2] += dt * vel[2]


def main():
    steps = 220000
    if len(sys.argv) > 1:
        steps = int(sys.argv[1])
    bodies = make_bodies()
    pairs = make_pairs(bodies)
    offset_momentum(bodies)
    e0 = energy(bodies, pairs)
    advance(bodies, pairs, 0.01, steps)
    e1 = energy(bodies, pairs)
    print("nbody checksum %.9f %.9f" % (e0, e1))


main()
