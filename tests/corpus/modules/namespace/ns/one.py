V = "one"
