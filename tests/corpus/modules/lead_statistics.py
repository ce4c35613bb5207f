import statistics as st
from fractions import Fraction
from decimal import Decimal
data = [2.5, 3.25, 5.75, 1.0, 4.5]
ints = [1, 2, 2, 3, 4, 4, 4, 5]
print(st.mean(ints), st.mean(data), st.fmean(ints), st.median(ints), st.median([1, 3, 2]), st.median_low(ints), st.median_high(ints))
print(st.mode(ints), st.multimode("aabbbccc"), st.mode(["red", "blue", "red"]))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints), st.variance(data), st.stdev(data))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.variance([Fraction(1, 2), Fraction(3, 2), Fraction(5, 2)]), st.mean([Decimal("1.5"), Decimal("2.5")]))
print(st.quantiles(range(1, 11), n=4), st.quantiles([1, 5, 9, 13], n=10, method="inclusive"))
print(st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([40, 60]), st.median_grouped([1, 2, 2, 3, 4]))
print(st.mean([1, 2, 3.0]), type(st.mean([1, 2])).__name__, st.mean([True, False, True]), st.variance([1, 1, 1]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.mode([]), lambda: st.stdev([5])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3], [2, 4, 7]))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), nd.mean, nd.stdev, round(nd.inv_cdf(0.9), 6))
