G = "lazy"
