V = "two"
