def hello(): return 'single hello'
