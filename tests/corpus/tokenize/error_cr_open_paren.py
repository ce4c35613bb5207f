a(b
