fails = []
line = f"{line}/{fails[}"
