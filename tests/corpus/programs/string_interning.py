# Identifier-like string constants are interned: the same object in every code object.
def tag():
    return 'PUT'

class K:
    name = 'spam_1'
    other = 'not an identifier!'

PUT = 'PUT'
spam = 'spam_1'
print(tag() is PUT, K.name is spam)
print(tag() is tag(), {'PUT': 1}['PUT'])
print([t is PUT for t in ['PUT', 'GET']])
