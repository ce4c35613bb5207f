x = 'it\'s
