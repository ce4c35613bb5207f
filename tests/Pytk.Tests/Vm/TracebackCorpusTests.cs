using Pytk.Tests.Support;

namespace Pytk.Tests.Vm;

/// <summary>
/// Whole tracebacks, caret lines included: every program of tests/corpus/tracebacks must print exactly the
/// standard error CPython 3.13 printed (NAME.stderr, with the folder's path written as DIR).
/// </summary>
public class TracebackCorpusTests
{
    public static TheoryData<string> Programs() => Corpus.Tracebacks.Cases();

    [Theory]
    [MemberData(nameof(Programs))]
    public void StderrIsCPythons(string program)
    {
        var r = ProgramRun.Run("run", Corpus.PathOf(program)).Value;
        var actual = r.Stderr.Replace(Corpus.Tracebacks.Dir.TrimEnd('/'), "DIR");
        Corpus.Tracebacks.Verdict(program, Corpus.Compare("stderr", Corpus.Expected(program, "stderr"), actual));
    }
}
