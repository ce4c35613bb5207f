using Pytk.Tests.Support;

namespace Pytk.Tests.Vm;

/// <summary>
/// tests/corpus/programs: every program runs with `pytk run` under both dispatch loops, which must give CPython
/// 3.13's stdout, exit status and last line of stderr (NAME.stdout, NAME.status) and agree exactly with each
/// other; and again under -O2. A program may fail only if known-failures.txt there lists it, with a reason.
/// </summary>
public class ProgramCorpusTests
{
    public static TheoryData<string> Programs() => Corpus.Programs.Cases();

    [Theory]
    [MemberData(nameof(Programs))]
    public void GivesCPythonsResults(string program) => RunCorpus.UnderBothLoops(Corpus.Programs, program);

    /// <summary>Issue 5 item 7: every program also gives CPython's results when compiled with the -O2 passes.</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void GivesCPythonsResultsUnderO2(string program) =>
        Corpus.Programs.Verdict(program, RunCorpus.Run(program, "-O2").Mismatch, "-O2");
}
