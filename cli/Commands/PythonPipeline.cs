using System.Text;
using Pytk.Grammar;
using Pytk.Syntax;
using Pytk.Vm;
using Pytk.Vm.Compiler;

namespace Pytk.Cli;

/// <summary>source → parse → compile, shared by run and dis. Errors are printed as CPython prints them.</summary>
public static class PythonPipeline
{
    public sealed class Failed(int status) : Exception { public readonly int Status = status; }

    /// <summary>Reads FILE (a .py file, or a .json AST export beside its .py for tests before the parser lands).</summary>
    public static CodeObject CompileFile(CliContext ctx, string path, PassOptions? passes = null)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ctx.Err.WriteLine($"pytk: can't open file {StrMethods.Repr(Path.GetFullPath(path))}: [Errno 2] No such file or directory");
            throw new Failed(2);
        }
        try
        {
            return Compile(bytes, path, passes, ctx.Err);
        }
        catch (PythonSyntaxError e)
        {
            e.Filename = path;
            ctx.Err.Write(SyntaxErrorFormatter.Format(e));
            throw new Failed(1);
        }
        catch (CompileError e)
        {
            var text = SourceLine(bytes, e.Line);
            var kind = e.Kind switch { "IndentationError" => SyntaxErrorKind.IndentationError, _ => SyntaxErrorKind.SyntaxError };
            ctx.Err.Write(SyntaxErrorFormatter.Format(new PythonSyntaxError(kind, e.Message, path, e.Line, e.Col + 1, text: text)));
            throw new Failed(1);
        }
        catch (PythonLimitError e)
        {
            ctx.Err.WriteLine(e.Message);
            throw new Failed(1);
        }
    }

    public static CodeObject Compile(byte[] bytes, string path, PassOptions? passes = null, TextWriter? passLog = null)
    {
        var (_, text) = SourceDecoder.Decode(bytes, path);
        var module = (Module)SourceParser.Parse(text, path);
        if (passes is not null) module = (Module)SourceParser.OnBigStack(() => passes.Apply(module, passLog ?? TextWriter.Null));
        return SourceParser.OnBigStack(() => Compiler.CompileModule(module, path, text));
    }

    static string? SourceLine(byte[] bytes, int line)
    {
        var lines = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] + "\n" : null;
    }

    /// <summary>Lets `import mod` compile mod.py found beside the main script.</summary>
    public static void InstallModuleCompiler() =>
        Modules.CompileFile = (text, path) =>
        {
            try { return Compile(Encoding.UTF8.GetBytes(text), path); }
            catch (PythonSyntaxError e) { throw new PyException(Err.NewValue(ExcTypes.SyntaxError, new PyStr(e.Msg))); }
            catch (CompileError e) { throw new PyException(Err.NewValue(ExcTypes.SyntaxError, new PyStr(e.Message))); }
        };
}
