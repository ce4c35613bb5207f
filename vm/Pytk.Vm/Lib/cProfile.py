"""cProfile: the same deterministic profiler as profile (pytk has one, written in Python over sys.setprofile)."""
import profile as _profile
from profile import Profile, run, runctx, main

__all__ = ["run", "runctx", "Profile"]

if __name__ == '__main__':
    main()
