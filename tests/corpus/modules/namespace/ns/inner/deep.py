D = "deep"
