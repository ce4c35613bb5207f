x = f"bad\N{, ok): {desc}"
y = f"\N{BULLET} {z}"
