# Errors raised inside exec'd and eval'd code: frames in "<string>" show no source line.
def helper():
    return eval("1 / zero", {"zero": 0})


ns = {"helper": helper}
exec("def inner():\n    return helper()\n\nresult = inner()", ns)
