VALUE = 'from vendor'
