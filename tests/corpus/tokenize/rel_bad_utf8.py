x = 1
y = 2
# abÿc â‚ end
z = "abÿc"  # ş
