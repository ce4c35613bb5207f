"""pathlib: pure path arithmetic and file-system operations in a scratch folder."""
import os
from pathlib import Path, PurePath, PurePosixPath

p = PurePosixPath("/usr//local/./lib/python3.13/site-packages/pkg.tar.gz")
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, p.is_absolute())
print(p.parent, list(map(str, p.parents))[:3], p.with_name("x.py"), p.with_suffix(".zip"), p.with_stem("other"))
print(PurePath("a", "b/c", "/abs", "d"), PurePath(), PurePath("a") / "b" / PurePath("c"), "x" / PurePath("y"))
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("a/b").is_relative_to("a"), PurePosixPath("a/b.py").match("*.py"))
print(PurePosixPath("/a/b/c.txt").match("b/*.txt"), PurePosixPath("/a/b/c.txt").match("/b/*.txt"), PurePosixPath("..").name)
print(PurePosixPath("a/b") == PurePosixPath("a//b/"), sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(PurePosixPath(".bashrc").suffix, PurePosixPath("file.").suffix, PurePosixPath("a.b.c").suffixes, PurePosixPath("/").name)
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("a").with_suffix("zip")
except ValueError as e:
    print("ValueError:", e)
print(PurePosixPath("/a/b/c").relative_to("/a/x", walk_up=True), os.fspath(PurePosixPath("q/r")))

base = Path("/tmp/pytk_pathlib_test")
if base.exists():
    for f in sorted(base.rglob("*"), key=lambda q: -len(str(q))):
        f.rmdir() if f.is_dir() else f.unlink()
    base.rmdir()
base.mkdir()
(base / "sub" / "deep").mkdir(parents=True)
(base / "notes.txt").write_text("hello\nworld\n")
(base / "data.bin").write_bytes(b"\x00\x01")
(base / "sub" / "mod.py").write_text("x = 1\n")
(base / "sub" / "deep" / "more.py").write_text("y = 2\n")
print((base / "notes.txt").read_text().splitlines(), (base / "data.bin").read_bytes(), (base / "notes.txt").exists())
print(sorted(q.name for q in base.iterdir()), sorted(str(q.relative_to(base)) for q in base.glob("*.txt")))
print(sorted(str(q.relative_to(base)) for q in base.rglob("*.py")), sorted(str(q.relative_to(base)) for q in base.glob("**/*.py")))
print((base / "sub").is_dir(), (base / "sub").is_file(), (base / "missing").exists(), Path("rel").is_absolute(), Path("rel").absolute().is_absolute())
(base / "notes.txt").rename(base / "renamed.txt")
print(sorted(q.name for q in base.iterdir()), repr(Path("x/y")), type(Path("a")).__name__)
try:
    base.mkdir()
except FileExistsError as e:
    print("FileExistsError:", e.errno)
(base / "renamed.txt").unlink()
(base / "gone.txt").unlink(missing_ok=True)
with (base / "sub" / "mod.py").open() as f:
    print(f.read().strip())
print(Path.cwd() == Path(os.getcwd()), Path("/tmp") / "a" == Path("/tmp/a"))
