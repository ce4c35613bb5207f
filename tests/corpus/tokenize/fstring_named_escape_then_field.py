x = [(f"\\C-\N{{key}", 1) for key in []]
y = rf"\N{{k}}"
