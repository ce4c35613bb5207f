x = f"{nam]e}"
y = f"{a)}"
