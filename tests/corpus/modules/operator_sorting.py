from operator import itemgetter, attrgetter, methodcaller
from dataclasses import dataclass


@dataclass
class Student:
    name: str
    grade: str
    age: int


students = [Student('john', 'A', 15), Student('jane', 'B', 12), Student('dave', 'B', 10), Student('ann', 'A', 12)]
print([s.name for s in sorted(students, key=attrgetter('age'))])
print([s.name for s in sorted(students, key=attrgetter('grade', 'age'))])
print([s.name for s in sorted(students, key=attrgetter('grade', 'name'), reverse=True)])
tuples = [('john', 'A', 15), ('jane', 'B', 12), ('dave', 'B', 10)]
print(sorted(tuples, key=itemgetter(2)), sorted(tuples, key=itemgetter(1, 2)))
s = sorted(students, key=attrgetter('age'))
s.sort(key=attrgetter('grade'))
print([(x.grade, x.age) for x in s])
words = ['banana', 'Apple', 'cherry']
print(sorted(words, key=methodcaller('lower')), sorted(words, key=len), list(map(methodcaller('upper'), words)))
data = {'b': 2, 'a': 3, 'c': 1}
print(sorted(data.items(), key=itemgetter(1)), max(data.items(), key=itemgetter(1))[0], list(map(itemgetter('a'), [data])))
