# fractions and statistics together: exact means of Fractions and Decimals, median_grouped, correlation, linear_regression.
from fractions import Fraction as F
from decimal import Decimal as D
import statistics as st
print(st.mean([F(1, 3), F(2, 3), F(1, 6)]), st.median([F(1, 2), F(1, 3)]), st.mean([D("1.1"), D("2.2")]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.variance([F(1), F(2), F(4)]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 6), round(st.covariance(x, y), 6), st.linear_regression(x, y))
print(F(1, 3).as_integer_ratio(), F(-7, 3) // 2, F(-7, 3) % 2, divmod(F(7, 2), F(1, 3)), F(5, 2).__floor__(), F(5, 2).__ceil__())
print(F(1, 3) == D("1") / 3, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), F(2, 1) ** F(1, 2), F(4, 9) ** F(1, 2))
print(F.from_decimal(D("0.125")), F(10, 4).limit_denominator(1))
