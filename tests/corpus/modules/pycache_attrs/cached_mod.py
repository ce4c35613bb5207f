VALUE = "cached"
