def run():
    return 'green ran'
