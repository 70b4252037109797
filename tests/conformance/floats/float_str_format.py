vals = [0.0, 1.0, -1.5, 3.14159265358979, 1e10, 1.5e-7, 123456.789, 1e21, 0.1]
for v in vals:
    print(str(v), "%f" % v, "%.2f" % v, "%e" % v, "%g" % v, "%.3g" % v)
for v in vals:
    print(format(v, ".1f"), format(v, "10.3f"), format(v, "<10.2e"), format(v, "g"), format(v, ".12g"))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%5.1f|%-8.3f|%+.2f|% .2f" % (3.14159, 2.71828, 1.0, 1.0))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.3f"), format(0.25, ".0%"), format(0.123456, ".2%"))
print(format(float("inf"), "f"), format(float("-inf"), ".2e"), format(float("nan"), "g"), format(float("nan"), "F"))
print(format(1e16, "g"), format(1e-5, "g"), format(123456789.0, "g"), format(0.0001, "g"))
print(format(1.0, "e"), format(1.0, "E"), format(1e-10, "G"), format(2.5, "G"))
print(format(100.0, ".2g"), format(150.0, ".2g"), format(0.000015, ".1g"))
print(format(1.5, ""), format(1e16, ""), format(1.23456789e-9, ""))
print(format(-0.0, ".1f"), format(-0.0, "g"), format(0.0, "+.2f"))
