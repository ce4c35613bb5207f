return **x
