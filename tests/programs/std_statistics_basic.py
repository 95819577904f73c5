# statistics: mean, median, mode, stdev, variance, quantiles, fmean, NormalDist.
import statistics as st
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.median(data), st.mode([1, 1, 2, 3]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.stdev(data), st.variance(data), st.pstdev(data), st.pvariance([1, 2, 3, 4]))
print(st.mean([1, 2, 3, 4]), st.fmean([1, 2, 3]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.multimode("aabbbccc"))
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 3)]))
nd = st.NormalDist(100, 15)
print(round(nd.cdf(115), 6), round(nd.inv_cdf(0.5), 6), nd.mean, nd.stdev)
try:
    st.mean([])
except st.StatisticsError as e:
    print(e)
