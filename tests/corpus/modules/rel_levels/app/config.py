SETTINGS = {'debug': False, 'level': 3}
