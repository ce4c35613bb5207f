"""linecache for pytk, written for pytk: the lines of source files, read once and cached."""

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines", "updatecache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache ('' when there is no such line)."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, reading it first if needed."""
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def updatecache(filename, module_globals=None):
    """(Re)read a file into the cache; [] when it cannot be read."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = lines
    return lines


def checkcache(filename=None):
    """Discard cache entries (pytk does not track modification times: all named entries are dropped)."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def lazycache(filename, module_globals):
    return False
