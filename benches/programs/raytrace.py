"""A small float raytracer built on a Vec class with operator overloading.

Renders a scene of spheres over a checkered floor with one point light,
diffuse + specular-ish shading, hard shadows and mirror reflections.  The
image is reduced to an integer checksum instead of being written out.

Usage: raytrace.py [width]   (height = width * 3 // 4)
"""
import sys

EPS = 1e-6
INF = 1e30


class Vec:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def norm(self):
        return self * (1.0 / self.length())

    def blend(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Sphere:
    def __init__(self, center, radius, color, mirror):
        self.center, self.radius, self.color, self.mirror = center, radius, color, mirror

    def hit(self, orig, d):
        oc = orig - self.center
        b = oc.dot(d)
        disc = b * b - oc.dot(oc) + self.radius * self.radius
        if disc < 0.0:
            return INF
        s = disc ** 0.5
        t = -b - s
        if t > EPS:
            return t
        t = -b + s
        return t if t > EPS else INF

    def normal(self, p):
        return (p - self.center).norm()

    def color_at(self, p):
        return self.color


class Floor:
    mirror = 0.2

    def hit(self, orig, d):
        if -EPS < d.y < EPS:
            return INF
        t = (-1.0 - orig.y) / d.y
        return t if t > EPS else INF

    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)

    def color_at(self, p):
        if (int(p.x + 1000.0) + int(p.z + 1000.0)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.2, 0.2, 0.3)


class Scene:
    def __init__(self):
        self.objects = [
            Floor(),
            Sphere(Vec(0.0, 0.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, -0.3, 6.5), 0.7, Vec(0.2, 0.9, 0.3), 0.1),
            Sphere(Vec(1.8, -0.5, 4.0), 0.5, Vec(0.3, 0.4, 0.9), 0.6),
        ]
        self.light = Vec(-4.0, 6.0, 0.0)
        self.ambient = 0.1

    def closest(self, orig, d):
        best, best_t = None, INF
        for obj in self.objects:
            t = obj.hit(orig, d)
            if t < best_t:
                best, best_t = obj, t
        return best, best_t

    def trace(self, orig, d, depth):
        obj, t = self.closest(orig, d)
        if obj is None:
            return Vec(0.5, 0.7, 1.0) * (0.5 + 0.5 * d.y)
        p = orig + d * t
        n = obj.normal(p)
        to_light = self.light - p
        dist = to_light.length()
        l = to_light * (1.0 / dist)
        brightness = self.ambient
        shadow, st = self.closest(p + n * 1e-4, l)
        if shadow is None or st > dist:
            brightness += max(0.0, n.dot(l)) * 0.9
        color = obj.color_at(p) * brightness
        if depth > 0 and obj.mirror > 0.0:
            r = d - n * (2.0 * d.dot(n))
            color = color * (1.0 - obj.mirror) + self.trace(p + n * 1e-4, r, depth - 1) * obj.mirror
        return color


def to_byte(c):
    return int(min(1.0, max(0.0, c)) * 255.0)


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 0.5, -1.0)
    total = 0
    for j in range(height):
        for i in range(width):
            x = (2.0 * i - width) / width
            y = (height - 2.0 * j) / width
            d = (Vec(x, y, 1.0) - Vec(0.0, 0.5, 0.0) * 0.2).norm()
            c = scene.trace(eye, d, 3)
            total = (total * 7 + to_byte(c.x) * 65536 + to_byte(c.y) * 256 + to_byte(c.z)) % 1000000007
    return total


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 360
    print("checksum:", render(width, width * 3 // 4))


if __name__ == "__main__":
    main()
