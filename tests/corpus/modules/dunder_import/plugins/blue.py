def run():
    return 'blue ran'
