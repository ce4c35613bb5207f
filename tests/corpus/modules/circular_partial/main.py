import a
print(a.X, a.b.Y)
try:
    import c
except AttributeError as e:
    print('AttributeError:', str(e).split(' (')[0])
