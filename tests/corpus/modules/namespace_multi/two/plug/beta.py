NAME = 'beta from two'
