import random
print(random.__name__, random.VALUE)
import helper
print(helper.run())
