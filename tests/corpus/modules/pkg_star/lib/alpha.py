A = "alpha"
