def states():
    state = "start"
    while state != "end":
        event = yield state
        state = {"start": {"go": "running"}, "running": {"pause": "paused", "stop": "end"}, "paused": {"go": "running"}}.get(state, {}).get(event, state)
    yield "finished"
m = states()
print(next(m))
for ev in ["go", "pause", "bogus", "go", "stop"]:
    print(ev, "->", m.send(ev))
