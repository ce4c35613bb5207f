print('a start')
import b
X = 1
print('a end', b.Y)
