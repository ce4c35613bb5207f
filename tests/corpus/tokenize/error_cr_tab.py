a	b
