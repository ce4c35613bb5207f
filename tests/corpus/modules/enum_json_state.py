import json
from enum import Enum, IntEnum


class State(Enum):
    IDLE = 'idle'
    RUNNING = 'running'
    DONE = 'done'


class Code(IntEnum):
    OK = 0
    FAIL = 1


TRANSITIONS = {State.IDLE: [State.RUNNING], State.RUNNING: [State.DONE, State.IDLE], State.DONE: []}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.trace = [self.state]

    def go(self, target):
        if target not in TRANSITIONS[self.state]:
            return Code.FAIL
        self.state = target
        self.trace.append(target)
        return Code.OK


m = Machine()
codes = [m.go(s) for s in (State.RUNNING, State.IDLE, State.DONE, State.RUNNING, State.DONE)]
print(codes, [c.name for c in codes], sum(codes))
print(json.dumps({'trace': [s.value for s in m.trace], 'code': Code.OK}))
print(json.dumps([Code.FAIL, Code.OK]), State('done'), State.DONE.value, [s.name for s in State])
