NAME = 'alpha from one'
