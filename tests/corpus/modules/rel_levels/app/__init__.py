NAME = 'app'
