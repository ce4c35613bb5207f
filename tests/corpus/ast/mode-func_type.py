(int, str) -> bool
