using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Pytk.Grammar;
using Pytk.Passes;
using Pytk.Syntax;
using Pytk.Vm;
using Pytk.Compiler.CodeGen;

namespace Pytk.Cli.Explorer;

/// <summary>
/// What the explorer's panes show, computed from one source text with the same library calls the commands
/// make, so each pane reads as the command prints it: tokens (`tokenize`), AST (`dump-ast --format json`),
/// symbol tables (`symtable`), bytecode (`dis`), and per-pass trees of a pipeline for the pass view.
/// </summary>
public static partial class Analysis
{
    /// <summary>Every stage of one source. A SyntaxError fills "error" (CPython's position) and leaves later stages null.</summary>
    public static string Stages(string source, string filename)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        using var bound = new PythonRuntime().Enter();
        var tokens = new StringBuilder();
        var tokenErrors = new StringBuilder();
        TokenizeCommand.TokenizeText(source, filename, false, tokens, tokenErrors);
        string? astJson = null, symtable = null, dis = null;
        object? error = null;
        try
        {
            var module = (Module)SourceParser.Parse(bytes, filename);
            astJson = AstJson.Write(module);
            var so = new StringWriter();
            var se = new StringWriter();
            if (Program.Run(new CliContext(so, se, new MemoryStream(bytes)), ["symtable", "-"]) == 0) symtable = so.ToString();
            else symtable = se.ToString();
            dis = PyCode.Disassemble(PythonPipeline.Compile(bytes, filename));
        }
        catch (PythonSyntaxError e) { e.Filename = filename; error = SyntaxErrorObject(e); }
        catch (CompileError e)
        {
            var line = SourceLine(source, e.Line);
            var kind = e.Kind == "IndentationError" ? SyntaxErrorKind.IndentationError : SyntaxErrorKind.SyntaxError;
            error = SyntaxErrorObject(new PythonSyntaxError(kind, e.Message, filename, e.Line, e.Col + 1, e.SyntaxErrorEnd.Line, e.SyntaxErrorEnd.Offset, text: line));
        }
        catch (PythonLimitError e) { error = new { message = e.Message, text = e.Message }; }
        return JsonSerializer.Serialize(new
        {
            tokens = tokens.ToString() + tokenErrors,
            ast = astJson is null ? (JsonElement?)null : JsonDocument.Parse(astJson).RootElement,
            symtable,
            dis,
            error,
        });
    }

    static object SyntaxErrorObject(PythonSyntaxError e) => new
    {
        kind = e.Kind.ToString(),
        message = e.Msg,
        lineno = e.Lineno,
        offset = e.Offset,
        end_lineno = e.EndLineno,
        end_offset = e.EndOffset,
        text = SyntaxErrorFormatter.Format(e),
    };

    static string? SourceLine(string source, int line)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] + "\n" : null;
    }

    /// <summary>One pipeline run pass by pass: the tree after each pass, kept for the diffs the page asks for.</summary>
    public sealed class PipelineRun
    {
        public required string Name, Spec, Source, Filename;
        public required List<Module> Trees; // Trees[0]: as parsed; Trees[i]: after pass i
        public required List<PassRecord> Records;
        public readonly ConcurrentDictionary<(int, string), string> Texts = new();
    }

    static readonly ConcurrentDictionary<string, PipelineRun> Runs = new();
    static readonly ConcurrentQueue<string> RunOrder = new();

    /// <summary>Parses a pipeline SPEC as `compare --pipeline NAME=SPEC` takes it: a pass list or preset, then pass options.</summary>
    public static PassOptions ParseSpec(string spec)
    {
        var words = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var options = new PassOptions();
        var args = new List<string>();
        foreach (var w in words)
        {
            if (args.Count == 0 && !w.StartsWith('-')) { args.Add("--passes"); args.Add(w); }
            else args.Add(w);
        }
        var a = args.ToArray();
        for (int k = 0; k < a.Length; k++)
            if (!options.TryParse(a, ref k)) throw new UsageException($"unrecognized pipeline word: {a[k]}");
        options.Validate();
        return options;
    }

    /// <summary>Runs each pipeline pass by pass; returns the pass lists (changed flags, remarks) and static counts.</summary>
    public static string Pipelines(string source, string filename, IReadOnlyList<(string Name, string Spec)> pipelines)
    {
        using var bound = new PythonRuntime().Enter();
        var bytes = Encoding.UTF8.GetBytes(source);
        Module parsed;
        try { parsed = (Module)SourceParser.Parse(bytes, filename); }
        catch (PythonSyntaxError e) { return JsonSerializer.Serialize(new { error = e.Msg }); }
        var result = new List<object>();
        foreach (var (name, spec) in pipelines)
        {
            try
            {
                var options = ParseSpec(spec);
                options.Run.File = filename;
                options.Run.WriteReports = false;
                var trees = new List<Module> { parsed };
                var records = new List<PassRecord>();
                var tree = parsed;
                if (options.HasPipeline)
                    foreach (var entry in options.Pipeline())
                    {
                        int before = records.Count;
                        var next = (Module)SourceParser.OnBigStack(() => PassRunner.Run(tree, [entry], options.Run, TextWriter.Null, records));
                        var r = records[before];
                        records[before] = r with { Index = before + 1 };
                        trees.Add(next);
                        tree = next;
                    }
                var id = Guid.NewGuid().ToString("N");
                var run = new PipelineRun { Name = name, Spec = spec, Source = source, Filename = filename, Trees = trees, Records = records };
                Remember(id, run);
                // "changed": the tree differs in content (its structural fingerprint), not only a new tree object
                var passes = new List<object>();
                for (int i = 0; i < records.Count; i++)
                {
                    var r = records[i];
                    bool changed = r.Changed && AstCopy.Fingerprint(run.Trees[i]) != AstCopy.Fingerprint(run.Trees[i + 1]);
                    passes.Add(new
                    {
                        index = i + 1,
                        name = r.Name,
                        changed,
                        remarks = r.Remarks.Select(m => new { counter = m.Counter, message = m.Message, line = m.Line }),
                    });
                }
                var code = SourceParser.OnBigStack(() => CodeGenerator.CompileModule(tree, filename, source));
                result.Add(new { id, name, spec, passes, static_instructions = CountInstructions(code) });
            }
            catch (Exception e) when (e is UsageException or PassFailedException or CompileError or ArgumentException or InvalidOperationException)
            {
                result.Add(new { name, spec, error = e.Message });
            }
        }
        return JsonSerializer.Serialize(new { pipelines = result });
    }

    static void Remember(string id, PipelineRun run)
    {
        Runs[id] = run;
        RunOrder.Enqueue(id);
        while (RunOrder.Count > 16 && RunOrder.TryDequeue(out var old)) Runs.TryRemove(old, out _);
    }

    public static int CountInstructions(CodeObject code)
    {
        int n = code.Code.Length;
        foreach (var c in code.Consts) if (c is CodeObject inner) n += CountInstructions(inner);
        return n;
    }

    [GeneratedRegex(@" at 0x[0-9a-f]+")]
    private static partial Regex Address();

    /// <summary>The text of tree <paramref name="i"/> of a run in one view: "source" (unparsed), "ast" (dump, indent 2) or "dis".</summary>
    static string Text(PipelineRun run, int i, string view) => run.Texts.GetOrAdd((i, view), _ => view switch
    {
        "source" => Unparser.Unparse(run.Trees[i]) + "\n",
        "ast" => AstDump.Dump(run.Trees[i], 2) + "\n",
        "dis" => Dis(run, i),
        _ => throw new ArgumentException($"unknown view '{view}' (choose from 'source', 'ast', 'dis')"),
    });

    static string Dis(PipelineRun run, int i)
    {
        try
        {
            var code = SourceParser.OnBigStack(() => CodeGenerator.CompileModule(run.Trees[i], run.Filename, run.Source));
            // a code object's address changes with every compile: hide it so only real changes show
            return Address().Replace(PyCode.Disassemble(code), " at 0x…");
        }
        catch (CompileError e) { return $"CompileError: line {e.Line}: {e.Message}\n"; }
    }

    /// <summary>Before/after of pass <paramref name="index"/> (1-based) side by side: rows of (kind, left, right).</summary>
    public static string PassDiff(string id, int index, string view)
    {
        if (!Runs.TryGetValue(id, out var run)) return JsonSerializer.Serialize(new { error = "this pipeline run is gone; edit to run it again" });
        if (index < 1 || index >= run.Trees.Count) return JsonSerializer.Serialize(new { error = $"no pass {index}" });
        using var bound = new PythonRuntime().Enter();
        string before = Text(run, index - 1, view), after = Text(run, index, view);
        var model = SideBySideDiffBuilder.Diff(new Differ(), before, after, ignoreWhiteSpace: false);
        var rows = new List<object>();
        for (int k = 0; k < model.OldText.Lines.Count; k++)
        {
            var l = model.OldText.Lines[k];
            var r = model.NewText.Lines[k];
            rows.Add(new { l = Kind(l.Type), lt = l.Text, ln = l.Position, r = Kind(r.Type), rt = r.Text, rn = r.Position });
        }
        var rec = run.Records[index - 1];
        return JsonSerializer.Serialize(new
        {
            pass = rec.Name,
            index,
            view,
            unified = UnifiedDiff.Format(before, after, $"before {rec.Name}", $"after {rec.Name}"),
            rows,
            remarks = rec.Remarks.Select(m => new { counter = m.Counter, message = m.Message, line = m.Line }),
        });
    }

    static string Kind(ChangeType t) => t switch
    {
        ChangeType.Deleted => "del",
        ChangeType.Inserted => "ins",
        ChangeType.Modified => "mod",
        ChangeType.Imaginary => "gap",
        _ => "same",
    };
}
