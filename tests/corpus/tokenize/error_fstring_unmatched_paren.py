x = f"{kind}([{elements])"
