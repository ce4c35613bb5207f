if x:
    y = 1
  "abc
