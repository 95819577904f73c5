# decimal: context rounding modes, comparisons with ints, to_integral, as_tuple, special values, formatting.
from decimal import Decimal as D, Context, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, localcontext, DivisionByZero, getcontext
print(D("2.5").to_integral_value(ROUND_HALF_EVEN), D("3.5").to_integral_value(ROUND_HALF_EVEN), D("-1.2").to_integral_value(ROUND_CEILING))
print(D("1.23456").quantize(D("0.001"), ROUND_FLOOR), D(10) == 10, D("1.0") == D("1"), D("0.1") < 1)
print(D("-7.50").as_tuple(), D("NaN").is_nan(), D("Infinity") > 10**100, D("-0").is_signed())
print(format(D("1234.5678"), ",.2f"), format(D("0.000123"), ".2e"), f"{D('3.14159'):.3}", str(D("1E+2")))
ctx = Context(prec=3)
print(ctx.add(D("1.234"), D("5.678")), ctx.divide(D(1), D(3)), D(1).exp(ctx), D(2).ln(ctx))
with localcontext() as c:
    c.traps[DivisionByZero] = False
    print(D(1) / D(0))
try:
    D(1) / D(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
print(sum(D("0.1") for _ in range(10)), D("7") // D("2"), D("7") % D("-2"), divmod(D("7.5"), 2), D(2) ** 10)
print(D("1.50").normalize(), D(123).scaleb(-2), D("12.345").adjusted(), getcontext().rounding)
