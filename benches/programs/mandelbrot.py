"""Mandelbrot set membership on an n x n grid (float arithmetic, bit ops).

Each row is packed into bytes (8 pixels per byte, like a PBM bitmap) and the
bytes are folded into a running hash instead of being written out.

Usage: mandelbrot.py [n]
"""
import sys

MAX_ITER = 50


def escapes(cr, ci):
    zr = zi = 0.0
    for _ in range(MAX_ITER):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return True
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return False


def render_row(y, n):
    ci = 2.0 * y / n - 1.0
    row = []
    byte = 0
    bit = 0
    inside = 0
    for x in range(n):
        cr = 2.0 * x / n - 1.5
        byte <<= 1
        if not escapes(cr, ci):
            byte |= 1
            inside += 1
        bit += 1
        if bit == 8:
            row.append(byte)
            byte = 0
            bit = 0
    if bit:
        row.append(byte << (8 - bit))
    return row, inside


def mandelbrot(n):
    h = 0
    total_inside = 0
    for y in range(n):
        row, inside = render_row(y, n)
        total_inside += inside
        for b in row:
            h = (h * 131 + b) & 0xFFFFFFFF
    return total_inside, h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 680
    inside, h = mandelbrot(n)
    print("checksum:", str(inside) + ":" + str(h))


if __name__ == "__main__":
    main()
