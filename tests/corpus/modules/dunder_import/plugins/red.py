def run():
    return 'red ran'
