namespace Pytk.Tests.Support;

/// <summary>
/// A folder of tests/corpus. The one convention of every corpus: each case is an input file (NAME.py, or
/// DIR/main.py for a multi-file program) with its expected outputs beside it, one file per view, named
/// NAME.VIEW (NAME.stdout, NAME.status, NAME.stderr, NAME.expected, NAME.dump, ...); every expected file is
/// CPython 3.13's output, written by <c>conformance/regen.py CORPUS</c>. A corpus may list cases it is known
/// to get wrong in known-failures.txt (one <c>NAME  # why</c> per line); a listed case that passes fails.
/// Tests name a case by its path under tests/corpus ("programs/algo_fib.py"), which is what a failing
/// theory case shows.
/// </summary>
public sealed class Corpus
{
    public string Name { get; }
    public string Dir { get; private init; }
    readonly bool _folders;

    Corpus(string name, string? sub = null, bool folders = false)
    {
        Name = sub is null ? name : name + "/" + sub;
        Dir = Path.Combine(Root, name, sub ?? "");
        _folders = folders;
    }

    /// <summary>A corpus in another folder (for the runner's own tests).</summary>
    public static Corpus At(string dir) => new(Path.GetFileName(dir)) { Dir = dir };

    public static string Root => Path.Combine(CliRunner.RepoRoot, "tests", "corpus");

    public static readonly Corpus Programs = new("programs");
    public static readonly Corpus Modules = new("modules", folders: true);
    public static readonly Corpus Passes = new("passes", "programs");
    public static readonly Corpus Tracebacks = new("tracebacks");
    public static readonly Corpus Symtable = new("symtable");
    public static readonly Corpus Tokenize = new("tokenize");
    public static readonly Corpus DumpAst = new("dump-ast");
    public static readonly Corpus SyntaxErrors = new("syntax-errors");

    /// <summary>Every case's input file, absolute, in ordinal order.</summary>
    public IEnumerable<string> Files()
    {
        IEnumerable<string> files = Directory.GetFiles(Dir, "*.py");
        if (_folders)
            files = files.Concat(Directory.GetDirectories(Dir).Select(d => Path.Combine(d, "main.py")).Where(File.Exists));
        return files.Order(StringComparer.Ordinal);
    }

    /// <summary>One theory row per case: its path under tests/corpus, e.g. "programs/algo_fib.py".</summary>
    public TheoryData<string> Cases() => Rows(Files().Select(Relative));

    public static TheoryData<string> Rows(IEnumerable<string> cases)
    {
        var data = new TheoryData<string>();
        foreach (var c in cases) data.Add(c);
        return data;
    }

    public static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    /// <summary>The absolute input file of a case named by <see cref="Cases"/>.</summary>
    public static string PathOf(string @case) => Path.Combine(Root, @case);

    /// <summary>A case's expected output for a view: the text of NAME.VIEW beside the input file.</summary>
    public static string Expected(string @case, string view)
    {
        string file = ExpectedFile(@case, view);
        if (!File.Exists(file))
            Assert.Fail($"{Path.GetRelativePath(Root, file)} is missing: run `conformance/regen.py {@case.Split('/')[0]}`");
        return File.ReadAllText(file);
    }

    public static string ExpectedFile(string @case, string view) => Path.ChangeExtension(PathOf(@case), "." + view);

    /// <summary>A case's name in known-failures.txt: DIR for DIR/main.py, else the file name without .py.</summary>
    public static string NameOf(string @case) =>
        Path.GetFileName(@case) == "main.py" ? Path.GetFileName(Path.GetDirectoryName(@case)!) : Path.GetFileNameWithoutExtension(@case);

    public HashSet<string> KnownFailures => _known ??= ReadKnownFailures(Dir);
    HashSet<string>? _known;

    public static HashSet<string> ReadKnownFailures(string dir)
    {
        var path = Path.Combine(dir, "known-failures.txt");
        if (!File.Exists(path)) return [];
        return File.ReadAllLines(path).Select(l => (l.IndexOf('#') is var i and >= 0 ? l[..i] : l).Trim())
            .Where(l => l.Length > 0).ToHashSet();
    }

    /// <summary>
    /// The verdict on one case: <paramref name="mismatch"/> is null when pytk gave CPython's results, else what
    /// differs (with a diff). An unlisted case must match; a case in known-failures.txt must not (so the list
    /// only shrinks). <paramref name="what"/> says how the case was run, for the message.
    /// </summary>
    public void Verdict(string @case, string? mismatch, string what = "")
    {
        string label = what.Length == 0 ? @case : $"{@case} ({what})";
        bool known = KnownFailures.Contains(NameOf(@case));
        if (mismatch is not null && !known)
            Assert.Fail($"{label} differs from CPython 3.13:\n{mismatch}");
        if (mismatch is null && known)
            Assert.Fail($"{label} gives CPython's results but is listed in {Name}/known-failures.txt: remove it from the list");
    }

    /// <summary>Null when the texts are equal, else a unified diff of expected (CPython) against actual (pytk),
    /// cut after <paramref name="maxLines"/> lines.</summary>
    public static string? Compare(string view, string expected, string actual, int maxLines = 60)
    {
        if (expected == actual) return null;
        string diff = Pytk.Passes.UnifiedDiff.Format(expected, actual, $"{view} (CPython 3.13)", $"{view} (pytk)");
        if (diff.Length == 0) diff = $"--- {view}: CPython 3.13 (-) vs pytk (+)\n" + TextDiff.Unified(expected, actual);
        var lines = diff.TrimEnd('\n').Split('\n');
        if (lines.Length > maxLines) diff = string.Join("\n", lines.Take(maxLines)) + $"\n... ({lines.Length - maxLines} more diff lines)\n";
        return diff.EndsWith('\n') ? diff : diff + "\n";
    }
}
