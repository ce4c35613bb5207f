print('first module')
TAG = 'F'
