using Pytk.Tests.Support;

namespace Pytk.Tests.Vm;

/// <summary>The corpus runner itself: verdicts against known-failures.txt, and a runaway program is stopped.</summary>
public class CorpusRunnerTests
{
    [Fact]
    public void KnownFailuresMustFailAndOthersMustPass()
    {
        var dir = Directory.CreateTempSubdirectory("pytk-corpus-runner").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "known-failures.txt"), "broken  # the VM gets it wrong\n");
            var corpus = Corpus.At(dir);
            corpus.Verdict("x/good.py", null);
            corpus.Verdict("x/broken.py", "stdout differs");
            var unlisted = Assert.ThrowsAny<Exception>(() => corpus.Verdict("x/good.py", "stdout differs"));
            Assert.StartsWith("x/good.py differs from CPython 3.13:\nstdout differs", unlisted.Message);
            var listed = Assert.ThrowsAny<Exception>(() => corpus.Verdict("x/broken.py", null));
            Assert.Contains("x/broken.py gives CPython's results but is listed in", listed.Message);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void DiffShowsCPythonAgainstPytk()
    {
        Assert.Null(Corpus.Compare("stdout", "a\nb\n", "a\nb\n"));
        Assert.Equal("--- stdout (CPython 3.13)\n+++ stdout (pytk)\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n",
            Corpus.Compare("stdout", "a\nb\n", "a\nc\n"));
    }

    [Fact]
    public void ARunawayProgramIsStoppedNotAbandoned()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pytk-runaway-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "print('start', flush=True)\nwhile True:\n    pass\n");
        try
        {
            var outcome = ProgramRun.Run(TimeSpan.FromSeconds(1), "run", path);
            Assert.Null(outcome.Result);
            Assert.Equal("timed out after 1s and was stopped", outcome.Problem);
            // The VM is free again: the next program runs normally.
            File.WriteAllText(path, "print('after')\n");
            Assert.Equal("after\n", ProgramRun.Run("run", path).Value.Stdout);
        }
        finally { File.Delete(path); }
    }
}
