if x:
  \
    y
