using Pytk.Grammar;
using SharpFuzz;

namespace Pytk.ParserFuzz;

/// <summary>
/// One afl++ target: source bytes through the tokenizer (as `pytk tokenize` reads them) and the parser (as
/// compile() reads them). A SyntaxError, or CPython's MemoryError/RecursionError for too-deep input, is a verdict;
/// any other exception escapes and afl++ records the input as a crash. `--replay FILE...` runs inputs once
/// (to look at a crash afl++ saved, with the uninstrumented build).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--replay")
        {
            foreach (var path in args.Skip(1)) Console.WriteLine($"{path}: {Verdict(File.ReadAllBytes(path))}");
            return 0;
        }
        // No instrumented code may run before Fuzzer.Run sets up afl's shared memory: SourceParser.Parse then
        // moves each parse to its big-stack thread itself.
        Fuzzer.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Verdict(buffer.ToArray());
        });
        return 0;
    }

    static string Verdict(byte[] source)
    {
        string verdict = "OK";
        try { foreach (var _ in Tokenizer.Tokenize(source, "<fuzz>").Tokens) { } }
        catch (PythonSyntaxError e) { verdict = "tokenizer: " + e.TypeName + ": " + e.Msg; }
        catch (PythonLimitError e) { verdict = "tokenizer: " + e.TypeName + ": " + e.Message; }
        try { SourceParser.Parse(source, "<fuzz>"); }
        catch (PythonSyntaxError e) { return verdict + "; parser: " + e.TypeName + ": " + e.Msg; }
        catch (PythonLimitError e) { return verdict + "; parser: " + e.TypeName + ": " + e.Message; }
        return verdict + "; parser: OK";
    }
}
