x = f'{a +
  b
