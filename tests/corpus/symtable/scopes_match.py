"""match statements, exception handlers, with, for/else and star targets."""


def handle(command):
    match command:
        case ["go", direction] | ["move", direction]:
            return direction
        case {"key": value, **rest}:
            return value, rest
        case Point(x=0, y=py) as point:
            return py, point
        case [first, *others]:
            return first, others
    try:
        with open(command) as fh, open(command) as (a, b):
            head, *tail = fh
    except (OSError, ValueError) as err:
        return err
    for i, *j in command:
        pass
    else:
        k = i
    return head, tail, k
