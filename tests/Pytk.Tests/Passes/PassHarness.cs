using Pytk.Syntax;
using Pytk.Passes;

namespace Pytk.Tests.Passes;

/// <summary>Runs a pipeline over a source snippet in process and returns the result as source, for pass tests.</summary>
static class PassHarness
{
    public static string Unparsed(string passes, string src)
    {
        var tree = Pytk.Grammar.SourceParser.Parse(src);
        var pipeline = PassRegistry.CreateDefault().ParsePipeline(passes);
        return Unparser.Unparse(PassRunner.Run(tree, pipeline, new RunOptions(), TextWriter.Null));
    }
}
