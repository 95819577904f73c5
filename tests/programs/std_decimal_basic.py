# decimal (pure _pydecimal): arithmetic, precision, quantize, rounding, context.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
a = Decimal("1.10")
b = Decimal("2.205")
print(a + b, a * b, b / 3, a - b, -a, abs(Decimal("-3")))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), Decimal(0.5), Decimal(3))
print(b.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), b.quantize(Decimal("0.01"), rounding=ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal(2).sqrt(), Decimal("1e3"), Decimal("123.4500").normalize())
print(str(Decimal("-0")), repr(Decimal("7.25")), float(Decimal("2.5")), int(Decimal("9.99")))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("invalid", type(e).__name__)
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.3")]), max(Decimal(1), Decimal("1.01")))
