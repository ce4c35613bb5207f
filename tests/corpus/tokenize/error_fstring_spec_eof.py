x = f'{a:b'
