def trace(tag):
    print("enter", tag)
    try:
        if tag == "raise":
            raise RuntimeError(tag)
        return tag
    except RuntimeError as e:
        print("except", e)
        return "handled"
    else:
        print("else", tag)
    finally:
        print("finally", tag)
print(trace("ok"))
print(trace("raise"))
def no_return():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else runs")
    finally:
        print("finally runs")
no_return()
