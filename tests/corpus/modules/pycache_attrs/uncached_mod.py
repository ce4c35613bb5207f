VALUE = "not cached"
