a0b12
