__all__ = ["alpha", "_gamma"]
alpha = 1
beta = 2
_gamma = 3
delta = 4
