# `is` against a name bound to a constant: propagation must not create `x is 'literal'` (a SyntaxWarning).
def classify(ops):
    put = 'PUT'
    get = 'GET'
    marks = []
    for op in ops:
        if op is put:
            marks.append('p')
        elif op is get:
            marks.append('g')
        else:
            marks.append('?')
    return ''.join(marks)

PUT = 'PUT'
print(classify(['PUT', 'GET', 'x', PUT]))
