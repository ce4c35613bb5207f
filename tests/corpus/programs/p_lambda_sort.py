students = [("ann", "B", 90), ("bob", "A", 85), ("cy", "B", 70), ("di", "A", 95)]
by_grade = sorted(students, key=lambda s: (s[1], -s[2]))
print(by_grade)
from operator import itemgetter
print(sorted(students, key=itemgetter(2), reverse=True)[:2])
groups = {}
for name, grade, score in students:
    groups.setdefault(grade, []).append(name)
print(groups)
print(max(students, key=lambda s: s[2])[0], min(students, key=lambda s: s[2])[0])
print(list(filter(lambda s: s[2] >= 85, students)))
