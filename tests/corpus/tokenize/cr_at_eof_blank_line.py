a
  