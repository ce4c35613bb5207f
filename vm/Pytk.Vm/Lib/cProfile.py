"""cProfile: the same deterministic profiler as profile (pytk has one, written in Python over sys.setprofile)."""
import profile as _profile
from profile import run, runctx, main


class Profile(_profile.Profile):
    """The profiler, keying built-ins as CPython's _lsprof does ('~', 0, '<built-in method builtins.len>')."""
    _c_keyed = True


def run(statement, filename=None, sort=-1):
    return _profile._run_with(Profile, statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _profile._runctx_with(Profile, statement, globals, locals, filename, sort)


def main():
    return _profile.main(Profile)

__all__ = ["run", "runctx", "Profile"]

if __name__ == '__main__':
    main()
