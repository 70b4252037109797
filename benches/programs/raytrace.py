# quick-arg: 40
# A small ray tracer: Vec class with operator-like methods, spheres and a
# plane, diffuse + specular shading, shadows, one level of reflection.
# Stresses object allocation, method calls, float math, math.sqrt,
# isinstance-free polymorphism via inheritance.
import sys
import math


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def mul(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def hadamard(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        n = self.norm()
        return Vec(self.x / n, self.y / n, self.z / n)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin.add(self.direction.mul(t))


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        return -1.0

    def normal_at(self, p):
        return Vec(0.0, 1.0, 0.0)

    def color_at(self, p):
        return self.material.color


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        if t > 1e-6:
            return t
        return -1.0

    def normal_at(self, p):
        return p.sub(self.center).mul(1.0 / self.radius)


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.unit()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return -1.0
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        if t > 1e-6:
            return t
        return -1.0

    def normal_at(self, p):
        return self.normal

    def color_at(self, p):
        # checkerboard
        ix = int(math.floor(p.x))
        iz = int(math.floor(p.z))
        if (ix + iz) % 2 == 0:
            return self.material.color
        return Vec(0.1, 0.1, 0.1)


class Light:
    def __init__(self, pos, intensity):
        self.pos = pos
        self.intensity = intensity


class Scene:
    def __init__(self):
        self.shapes = []
        self.lights = []
        self.ambient = 0.08

    def closest(self, ray):
        best_t = 1e30
        best = None
        for s in self.shapes:
            t = s.intersect(ray)
            if t > 0.0 and t < best_t:
                best_t = t
                best = s
        return best, best_t

    def shadowed(self, p, light):
        to_light = light.pos.sub(p)
        dist = to_light.norm()
        ray = Ray(p, to_light.mul(1.0 / dist))
        for s in self.shapes:
            t = s.intersect(ray)
            if t > 0.0 and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.closest(ray)
        if shape is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(1.0, 1.0, 1.0).mul(1.0 - k).add(Vec(0.5, 0.7, 1.0).mul(k))
        p = ray.at(t)
        n = shape.normal_at(p)
        mat = shape.material
        base = shape.color_at(p)
        color = base.mul(self.ambient)
        for light in self.lights:
            if self.shadowed(p, light):
                continue
            l = light.pos.sub(p).unit()
            lam = n.dot(l)
            if lam > 0.0:
                color = color.add(base.mul(lam * mat.diffuse * light.intensity))
                h = l.sub(ray.direction).unit()
                spec = n.dot(h)
                if spec > 0.0:
                    sp = spec ** 32
                    color = color.add(Vec(1.0, 1.0, 1.0).mul(sp * mat.specular * light.intensity))
        if depth > 0 and mat.reflect > 0.0:
            d = ray.direction
            r = d.sub(n.mul(2.0 * d.dot(n)))
            rc = self.trace(Ray(p, r.unit()), depth - 1)
            color = color.mul(1.0 - mat.reflect).add(rc.mul(mat.reflect))
        return color


def build_scene():
    sc = Scene()
    sc.shapes.append(Sphere(Vec(0.0, 1.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.8, 0.5, 0.3)))
    sc.shapes.append(Sphere(Vec(-2.2, 0.7, 6.0), 0.7, Material(Vec(0.2, 0.9, 0.3), 0.9, 0.2, 0.0)))
    sc.shapes.append(Sphere(Vec(2.0, 1.5, 7.0), 1.5, Material(Vec(0.3, 0.3, 0.9), 0.7, 0.8, 0.5)))
    sc.shapes.append(Sphere(Vec(0.8, 0.3, 3.5), 0.3, Material(Vec(0.9, 0.9, 0.2), 0.9, 0.4, 0.1)))
    sc.shapes.append(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Material(Vec(0.8, 0.8, 0.8), 0.9, 0.1, 0.2)))
    sc.lights.append(Light(Vec(-4.0, 6.0, 1.0), 0.8))
    sc.lights.append(Light(Vec(5.0, 4.0, 2.0), 0.5))
    return sc


def clamp_byte(v):
    if v < 0.0:
        return 0
    if v > 1.0:
        return 255
    return int(v * 255.0)


def render(size):
    sc = build_scene()
    eye = Vec(0.0, 1.2, -1.0)
    checksum = 0
    rsum = 0
    for j in range(size):
        for i in range(size):
            u = (i + 0.5) / size * 2.0 - 1.0
            v = 1.0 - (j + 0.5) / size * 2.0
            d = Vec(u, v * 0.9, 1.6).unit()
            c = sc.trace(Ray(eye, d), 2)
            r = clamp_byte(c.x)
            g = clamp_byte(c.y)
            b = clamp_byte(c.z)
            rsum += r + g + b
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    return rsum, checksum


def main():
    size = 200
    if len(sys.argv) > 1:
        size = int(sys.argv[1])
    rsum, checksum = render(size)
    print("raytrace checksum", size, rsum, checksum)


main()
