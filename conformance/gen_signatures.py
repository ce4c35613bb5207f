#!/usr/bin/env python3
"""Writes vm/Pytk.Vm/Builtin/Signatures.g.cs: the argument shapes of CPython 3.13's built-in functions and of the
methods of its core built-in types, read from their __text_signature__ (Argument Clinic's), so pytk checks argument
counts and keywords before a built-in runs and words its TypeErrors as CPython's argument parsers do.

Run with CPython 3.13: PYENV_VERSION=3.13.0 python3 conformance/gen_signatures.py [--check]
(--check writes nothing and exits 1 when the file on disk differs from what would be written.)
"""
import builtins, inspect, os, sys

TYPES = ["str", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset", "int", "float", "complex", "range",
         "object", "type", "slice", "bool"]
# Constructors and callables whose checks are not Argument Clinic's (own messages in pytk) are left out.
SKIP = {"builtins.print", "builtins.open", "builtins.input", "builtins.breakpoint", "builtins.__build_class__",
        "builtins.__import__", "builtins.min", "builtins.max", "builtins.sorted", "builtins.help", "builtins.exit",
        "builtins.quit", "builtins.copyright", "builtins.credits", "builtins.license",
        "object.__init_subclass__", "object.__subclasshook__", "object.__init__", "object.__new__", "type.__init__",
        "type.__new__", "type.__call__", "type.__prepare__", "object.__reduce_ex__", "object.__format__",
        "object.__dir__", "type.mro", "object.__getstate__",
        # pickling code compares these with the originals it holds
        "object.__reduce__", "object.__sizeof__", "type.__sizeof__"}


def spec(fn, is_method):
    sig = fn.__text_signature__
    if not sig:
        return None
    try:
        params = list(inspect.signature(fn).parameters.values())
        if is_method and sig.startswith("($") and params:
            params = params[1:]     # a method descriptor's $self / $type
    except (ValueError, TypeError):
        return from_text(sig)
    out, last = [], None
    for p in params:
        if p.kind == p.VAR_KEYWORD:
            return None        # **kwargs: no fixed shape
        if p.kind == p.VAR_POSITIONAL:
            if any(q.kind != q.POSITIONAL_ONLY for q in params if q is not p):
                return None
            out.append("*" + p.name)     # any number of positional arguments, no keywords
            return ",".join(out)
        if last == p.POSITIONAL_ONLY and p.kind != p.POSITIONAL_ONLY:
            out.append("/")
        if p.kind == p.KEYWORD_ONLY and last != p.KEYWORD_ONLY:
            out.append("*")
        out.append(p.name + ("=" if p.default is not p.empty else ""))
        last = p.kind
    if last == inspect.Parameter.POSITIONAL_ONLY:
        out.append("/")
    if not params:
        out.append("/")         # no parameters at all: nothing positional, nothing by keyword
    return ",".join(out)


def from_text(sig):
    """Signatures inspect cannot read (optional groups: `sub[, start[, end]]`)."""
    text = [p.strip() for p in sig.strip("()").split(",")]
    text = [p for p in text if p and not p.startswith("$")]
    out, optional_group = [], False
    for p in text:
        if p in ("/", "*"):
            out.append(p)
            continue
        if p.startswith("*"):
            return None
        bare = p.replace("[", "").replace("]", "").strip()
        name, eq, _ = bare.partition("=")
        out.append(name.strip() + ("=" if eq or optional_group else ""))
        if "[" in p:
            optional_group = True
    return ",".join(out)


# Constructors: their shapes as the documentation gives them (immutable types check in __new__, mutable ones in
# __init__, as CPython's do; a subclass's own __init__ is then free to take other arguments).
CONSTRUCTORS = [("int", "__new__", "x=,/,base="), ("str", "__new__", "object=,encoding=,errors="),
                ("bytes", "__new__", "source=,encoding=,errors="), ("complex", "__new__", "real=,imag="),
                ("float", "__new__", "x=,/"), ("tuple", "__new__", "iterable=,/"), ("frozenset", "__new__", "iterable=,/"),
                ("bytearray", "__init__", "source=,encoding=,errors="), ("list", "__init__", "iterable=,/"),
                ("set", "__init__", "iterable=,/"), ("property", "__init__", "fget=,fset=,fdel=,doc="),
                # built-in functions without a __text_signature__
                ("", "dir", "object=,/"), ("", "getattr", "object,name,default=,/"), ("", "iter", "object,sentinel=,/"),
                ("", "next", "iterator,default=,/"), ("", "vars", "object=,/")]


def rows():
    yield from CONSTRUCTORS
    for name in sorted(dir(builtins)):
        f = getattr(builtins, name)
        if isinstance(f, type) or not callable(f) or f"builtins.{name}" in SKIP:
            continue
        s = spec(f, False)
        if s is not None:
            yield ("", name, s)
    for tn in TYPES:
        t = getattr(builtins, tn)
        for name, f in sorted(vars(t).items()):
            if f"{tn}.{name}" in SKIP or not callable(f):
                continue
            if isinstance(f, (staticmethod, classmethod)):
                f = getattr(t, name)
            if type(f).__name__ not in ("method_descriptor", "classmethod_descriptor", "builtin_function_or_method"):
                continue
            if name.startswith("__") and name not in ("__format__", "__sizeof__", "__reduce__", "__getnewargs__", "__round__", "__trunc__", "__floor__", "__ceil__", "__reversed__", "__length_hint__", "__getstate__", "__setstate__", "__class_getitem__"):
                continue           # slot wrappers of operators are checked where they are called
            s = spec(f, True)
            if s is not None:
                yield (tn, name, s)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    dest = os.path.join(here, "..", "vm", "Pytk.Vm", "Builtin", "Signatures.g.cs")
    lines = ["// <auto-generated> by conformance/gen_signatures.py from CPython " + sys.version.split()[0] + "'s __text_signature__ </auto-generated>",
             "namespace Pytk.Vm.Builtin;", "", "static partial class Signatures", "{",
             "    /// <summary>(owner type or \"\" for a built-in function, name, parameters: names, `=` optional, `/` and `*`, `*name` any number of positional ones).</summary>",
             "    static readonly (string Owner, string Name, string Params)[] Table =", "    ["]
    for owner, name, s in rows():
        lines.append(f'        ("{owner}", "{name}", "{s}"),')
    lines += ["    ];", "}", ""]
    text = "\n".join(lines)
    if "--check" in sys.argv:
        with open(dest) as f:
            if f.read() != text:
                print(f"{dest}: out of date; run conformance/gen_signatures.py")
                sys.exit(1)
        return
    with open(dest, "w") as f:
        f.write(text)
    print(f"{dest}: {len(lines) - 10} signatures")


main()
