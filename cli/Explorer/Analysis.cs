using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// <remarks>
/// Everything is cached by tree: a source is parsed once for all panes (<see cref="Parse"/>), a pass's output
/// is kept per input tree (same input, same pass and options: the pass does not run again, so changing the
/// pipeline or the view reruns nothing that is known), and each tree's compiled code and texts (unparsed,
/// dump, dis, per function) are made once. Trees are immutable once made (PassRunner checks that a pass left
/// its input alone), which is what makes these caches safe.
/// </remarks>
public static partial class Analysis
{
    /// <summary>Where a request's time went (milliseconds per step), returned to the page as "timings".</summary>
    public sealed class Laps
    {
        readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
        readonly System.Diagnostics.Stopwatch total = System.Diagnostics.Stopwatch.StartNew();
        public readonly Dictionary<string, double> Steps = [];
        public void Lap(string step)
        {
            Steps[step] = Math.Round(Steps.GetValueOrDefault(step) + clock.Elapsed.TotalMilliseconds, 1);
            clock.Restart();
        }
        // the whole process's garbage collections meanwhile (other requests' included): their pauses stop every thread
        readonly TimeSpan pause0 = GC.GetTotalPauseDuration();
        readonly int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
        public Dictionary<string, double> Done()
        {
            Steps["total"] = Math.Round(total.Elapsed.TotalMilliseconds, 1);
            Steps["gc_pause"] = Math.Round((GC.GetTotalPauseDuration() - pause0).TotalMilliseconds, 1);
            Steps["gcs"] = GC.CollectionCount(0) - gen0;
            Steps["gen2_gcs"] = GC.CollectionCount(2) - gen2;
            return Steps;
        }
    }

    // ---- caches ----

    /// <summary>What is known about one tree: its code and texts, and the outputs of passes run on it.</summary>
    sealed class TreeInfo
    {
        public Lazy<(CodeObject? Code, CompileError? Error)>? Code;
        public readonly ConcurrentDictionary<string, string> Texts = new();
        public readonly ConcurrentDictionary<string, (Module Tree, PassRecord Record)> PassOutputs = new();
    }

    static readonly ConditionalWeakTable<Module, TreeInfo> Info = new();
    static TreeInfo InfoOf(Module m) => Info.GetValue(m, _ => new TreeInfo());

    static readonly ConcurrentDictionary<(string Source, string File), Lazy<Module>> Parsed = new();
    static readonly ConcurrentQueue<(string, string)> ParsedOrder = new();

    /// <summary>The source's tree, parsed once for every pane and pipeline that asks (the last 8 sources are kept).
    /// A SyntaxError is thrown again to each caller.</summary>
    public static Module Parse(string source, string filename)
    {
        var key = (source, filename);
        if (!Parsed.TryGetValue(key, out var lazy))
        {
            var mine = new Lazy<Module>(() => (Module)SourceParser.Parse(Encoding.UTF8.GetBytes(source), filename));
            lazy = Parsed.GetOrAdd(key, mine);
            if (ReferenceEquals(lazy, mine))
            {
                ParsedOrder.Enqueue(key);
                while (ParsedOrder.Count > 8 && ParsedOrder.TryDequeue(out var old)) Parsed.TryRemove(old, out _);
            }
        }
        return lazy.Value;
    }

    /// <summary>The tree's module code (or the compiler's error), compiled once.</summary>
    static (CodeObject? Code, CompileError? Error) CodeOf(Module m, string filename, string source)
    {
        var info = InfoOf(m);
        if (info.Code is null) Interlocked.CompareExchange(ref info.Code, new Lazy<(CodeObject?, CompileError?)>(() =>
        {
            try { return (SourceParser.OnBigStack(() => CodeGenerator.CompileModule(m, filename, source)), null); }
            catch (CompileError e) { return (null, e); }
        }), null);
        return info.Code!.Value;
    }

    static string Message(CompileError e) => $"CompileError: line {e.Line}: {e.Message}";

    // ---- warm-up ----

    /// <summary>A program that takes every pane and every built-in pass of -O2 through its main paths.</summary>
    const string WarmUpProgram = """"
        import sys
        from collections import namedtuple as nt

        DEBUG = False
        WIDTH = 24 * 3 + 1
        Point = nt("Point", "x y")


        class Action(object):
            """An action."""
            limit = 80 - 2 * 4

            def __init__(self, dest, nargs=None, *args, **kwargs):
                self.dest = dest
                self.nargs = nargs

            @property
            def width(self):
                return WIDTH * 1 + 0

            def format(self, prefix: str) -> str:
                if DEBUG and False:
                    print('unreachable')
                parts = [prefix, self.dest, str(self.nargs)]
                text = ' '.join(parts)[:self.limit]
                return f"{text!r:>{WIDTH}} {len(parts) * 2}"

            async def fetch(self, items):
                async with items as it:
                    return [x async for x in it]


        def total(values, scale=2):
            n = 0
            i = 0
            while i < len(values):
                n += values[i] * scale * 1
                i = i + 1
            for k, v in enumerate(values):
                if k % 2 == 0 and not v:
                    continue
                elif k > 10:
                    break
                else:
                    n -= v ** 2
            try:
                squares = {x: x * x for x in range(10) if x}
                del squares[1]
            except (KeyError, TypeError) as e:
                raise ValueError("bad") from e
            finally:
                pass
            with open(__file__) as f, open(__file__) as g:
                f.read(); g.read()
            g = (lambda a, *, b=1: a + b)(1)
            match values:
                case [1, *rest] if rest:
                    return rest
                case {"k": v, **kw}:
                    return kw
                case Point(x=0) | None:
                    return None
            global WIDTH
            assert n or True, "never"
            return n + 3 * 4 - 12 + g


        def gen(n):
            def inner():
                nonlocal n
                n += 1
                yield from range(n)
            yield n << 1 if n else -n
            return inner


        print(total([1, 2, 3]), Action("x").format("p"), list(gen(2)()), sys.argv[:1])
        """";

    /// <summary>Takes each request's code once through a small program, so that the first edit of the page does not
    /// wait for the JIT: the server runs with tiered compilation off (ExplorerCommand.ServeElsewhere), where a
    /// method is compiled, fully optimized, on its first call.</summary>
    public static void WarmUp()
    {
        const string name = "<warm-up>";
        Stages(WarmUpProgram, name);
        var json = Pipelines(WarmUpProgram, name, [("p", "O2")], view: "source");
        Pipelines(WarmUpProgram, name, [("O0", "O0"), ("O1", "O1"), ("O2", "O2")]);
        Pipelines(WarmUpProgram, name, [("p", "O2")], func: "Action.format", view: "ast");
        FunctionDis(WarmUpProgram, name, "Action.format");
        using var doc = JsonDocument.Parse(json);
        var id = doc.RootElement.GetProperty("pipelines")[0].GetProperty("id").GetString()!;
        foreach (var view in new[] { "source", "ast", "dis" }) PassDiff(id, 1, view, null);
        RowSlice(id, 1, "source", null, 0, 10);
        Stages("def f(:\n", name); // a SyntaxError's path
    }

    // ---- the panes ----

    /// <summary>Every stage of one source. A SyntaxError fills "error" (CPython's position) and leaves later stages null.</summary>
    public static string Stages(string source, string filename) =>
        SourceParser.OnBigStack(() => StagesHere(source, filename));

    static string StagesHere(string source, string filename)
    {
        var laps = new Laps();
        using var bound = new PythonRuntime().Enter();
        var tokens = new StringBuilder();
        var tokenErrors = new StringBuilder();
        TokenizeCommand.TokenizeText(source, filename, false, tokens, tokenErrors);
        laps.Lap("tokens");
        string? astJson = null, symtable = null, dis = null;
        List<object>? functions = null;
        object? error = null;
        try
        {
            var module = Parse(source, filename);
            laps.Lap("parse");
            astJson = AstJson.Write(module);
            functions = Functions(module).Select(f => (object)new { path = f.Path, kind = f.Kind, line = f.Line }).ToList();
            laps.Lap("ast_json");
            var st = new StringBuilder();
            SymtableCommand.Print(Symtable.Build(module, cpythonView: true).Top, 0, filename, st);
            symtable = st.ToString();
            laps.Lap("symtable");
            var (code, compileError) = CodeOf(module, filename, source);
            laps.Lap("compile");
            if (code is null) throw compileError!;
            dis = Dis(code);
            laps.Lap("dis");
        }
        catch (PythonSyntaxError e) { e.Filename = filename; error = SyntaxErrorObject(e); }
        catch (CompileError e) { error = SyntaxErrorObject(CompileErrorAsSyntaxError(e, source, filename)); }
        catch (PythonLimitError e) { error = new { message = e.Message, text = e.Message }; }
        var ast = astJson is null ? "null" : astJson;
        // the AST is already JSON text: written in as it is, not parsed and serialized again
        var head = JsonSerializer.Serialize(new
        {
            tokens = tokens.ToString() + tokenErrors,
            symtable,
            dis,
            functions,
            error,
        });
        laps.Lap("json");
        var timings = JsonSerializer.Serialize(laps.Done());
        return head[..^1] + ",\"ast\":" + ast + ",\"timings\":" + timings + "}";
    }

    static PythonSyntaxError CompileErrorAsSyntaxError(CompileError e, string source, string filename)
    {
        var line = SourceLine(source, e.Line);
        var kind = e.Kind == "IndentationError" ? SyntaxErrorKind.IndentationError : SyntaxErrorKind.SyntaxError;
        return new PythonSyntaxError(kind, e.Message, filename, e.Line, e.Col + 1, e.SyntaxErrorEnd.Line, e.SyntaxErrorEnd.Offset, text: line);
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

    // ---- functions: a def or class chosen from a list narrows the bytecode and pass views ----

    public sealed record Function(string Path, string Kind, int Line, AstNode Node);

    /// <summary>Every def and class in source order, named by its path of enclosing defs and classes
    /// (`Parser.parse_args`); a name defined again gets `#2`, `#3`... The same walk finds it in any tree.</summary>
    public static List<Function> Functions(Module module)
    {
        var found = new List<Function>();
        var seen = new Dictionary<string, int>();
        void Walk(AstNode node, string prefix)
        {
            foreach (var child in node.Children())
            {
                string? name = child switch { FunctionDef f => f.name, AsyncFunctionDef a => a.name, ClassDef c => c.name, _ => null };
                if (name is null) { if (child is StmtNode) Walk(child, prefix); continue; }
                string path = prefix + name;
                int n = seen[path] = seen.GetValueOrDefault(path) + 1;
                if (n > 1) path += "#" + n;
                found.Add(new Function(path, child is ClassDef ? "class" : "def", ((LocatedNode)child).lineno, child));
                Walk(child, path + ".");
            }
        }
        Walk(module, "");
        return found;
    }

    /// <summary>The code object of the def or class at <paramref name="path"/> (same naming as <see cref="Functions"/>).</summary>
    static CodeObject? CodeAt(CodeObject module, string path)
    {
        CodeObject? result = null;
        var seen = new Dictionary<string, int>();
        void Walk(CodeObject code, string prefix)
        {
            foreach (var c in code.Consts)
            {
                if (c is not CodeObject inner || result is not null) continue;
                if (inner.Name.StartsWith('<')) continue; // lambdas, generator expressions: not in the list
                string p = prefix + inner.Name;
                int n = seen[p] = seen.GetValueOrDefault(p) + 1;
                if (n > 1) p += "#" + n;
                if (p == path) { result = inner; return; }
                Walk(inner, p + ".");
            }
        }
        Walk(module, "");
        return result;
    }

    /// <summary>The bytecode of one def or class of the source as parsed (the bytecode pane with a function chosen).</summary>
    public static string FunctionDis(string source, string filename, string func)
    {
        using var bound = new PythonRuntime().Enter();
        try
        {
            var module = Parse(source, filename);
            var (code, error) = CodeOf(module, filename, source);
            if (code is null) return JsonSerializer.Serialize(new { error = Message(error!) });
            if (func.Length == 0) return JsonSerializer.Serialize(new { dis = Dis(code) });
            return CodeAt(code, func) is { } inner ? JsonSerializer.Serialize(new { dis = Dis(inner) })
                : JsonSerializer.Serialize(new { error = $"{func} is not in the program" });
        }
        catch (PythonSyntaxError e) { return JsonSerializer.Serialize(new { error = e.Msg }); }
    }

    // ---- pipelines ----

    /// <summary>One pipeline run pass by pass: the tree after each pass, kept for the diffs the page asks for.</summary>
    public sealed class PipelineRun
    {
        public required string Name, Spec, Source, Filename;
        public required List<Module> Trees; // Trees[0]: as parsed; Trees[i]: after pass i
        public required List<PassRecord> Records;
        public readonly ConcurrentDictionary<(int, string, string), List<Row>> Rows = new();
    }

    static readonly ConcurrentDictionary<string, PipelineRun> Runs = new();
    static readonly ConcurrentQueue<string> RunOrder = new();

    /// <summary>Passes from `pytk explore --plugin FILE`, loaded once for the whole server. The page can name them
    /// in a pipeline but cannot load a file itself (it reads nothing but the opened file).</summary>
    static PassOptions shared = new();
    static IReadOnlyList<string> plugins = [];

    public static void UsePlugins(IReadOnlyList<string> paths)
    {
        var options = new PassOptions();
        foreach (var p in paths) options.AddPlugin(Path.GetFullPath(p));
        options.Registry(); // loads them now: a bad plugin fails at startup
        shared = options;
        plugins = paths.Select(Path.GetFullPath).ToList();
    }

    /// <summary>The known passes (built-in and plugins) and presets, for the page's pass palette.</summary>
    public static string PassList() => JsonSerializer.Serialize(new
    {
        passes = shared.Registry().Entries.Select(e => new { name = e.Name, origin = e.Origin, description = e.Pass.Description }),
        presets = Presets.All.Select(p => new { name = p.Name, passes = string.Join(",", shared.Registry().PresetPasses(p)) }),
        plugins,
    });

    /// <summary>A pipeline SPEC as `compare --pipeline NAME=SPEC` takes it (a pass list or preset, then pass options),
    /// with the server's plugins known. <paramref name="passes"/>: the pipeline text (pass names, presets).</summary>
    public static PassOptions ParseSpec(string spec, out string passes)
    {
        var words = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var options = new PassOptions();
        foreach (var p in plugins) options.AddPlugin(p);
        var args = new List<string>();
        var parts = new List<string>();
        foreach (var w in words)
        {
            if (args.Count == 0 && !w.StartsWith('-')) { args.Add("--passes"); args.Add(w); }
            else args.Add(w);
        }
        var a = args.ToArray();
        for (int k = 0; k < a.Length; k++)
        {
            if (a[k] == "--plugin" || a[k].StartsWith("--plugin="))
                throw new UsageException("the page cannot load plugins: start the server with `pytk explore --plugin FILE`");
            if (a[k] == "--passes" && k + 1 < a.Length) parts.Add(a[k + 1]);
            else if (a[k].StartsWith("--passes=")) parts.Add(a[k][9..]);
            else if (a[k] is "-O0" or "-O1" or "-O2") parts.Add(a[k][1..]);
            if (!options.TryParse(a, ref k)) throw new UsageException($"unrecognized pipeline word: {a[k]}");
        }
        passes = string.Join(",", parts);
        return options;
    }

    public static PassOptions ParseSpec(string spec) => ParseSpec(spec, out _);

    /// <summary>The passes of a spec, resolved with the shared registry (plugins loaded once).</summary>
    static IReadOnlyList<PassEntry> Entries(PassOptions options, string passes)
    {
        var registry = shared.Registry();
        registry.ValidateOptions(options.Run.PassOptions);
        return passes.Length == 0 ? [] : registry.ParsePipeline(passes);
    }

    /// <summary>The source compiled with a spec's passes (as `run` would compile it), through the caches.</summary>
    public static CodeObject Compile(string source, string filename, string spec)
    {
        var parsed = Parse(source, filename);
        // CPython reports compile-time errors of the program as written, so the unoptimized tree compiles first
        var (code, error) = CodeOf(parsed, filename, source);
        if (code is null) throw error!;
        if (string.IsNullOrWhiteSpace(spec)) return code;
        var options = ParseSpec(spec, out var passes);
        options.Run.File = filename;
        options.Run.WriteReports = false;
        var tree = parsed;
        foreach (var entry in Entries(options, passes)) tree = RunPass(tree, entry, options, []).Tree;
        var (optimized, e2) = CodeOf(tree, filename, source);
        return optimized ?? throw e2!;
    }

    static string OptionsKey(PassOptions options) =>
        string.Join(",", options.Run.PassOptions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));

    /// <summary>One pass on one tree, or its output from an earlier run on the same tree with the same options.</summary>
    static (Module Tree, PassRecord Record) RunPass(Module tree, PassEntry entry, PassOptions options, List<PassRecord> scratch)
    {
        var info = InfoOf(tree);
        string key = entry.Name + "@" + entry.Origin + "|" + OptionsKey(options);
        if (info.PassOutputs.TryGetValue(key, out var known)) return known;
        scratch.Clear();
        // the checks that a pass left its input alone (two fingerprints of the whole tree, a third of a pass's
        // time on argparse.py) and that its output is a valid tree (the validator's walk of the whole tree took
        // as long as the passes themselves) are kept for plugin passes: the built-in ones go through them in
        // every other command and test
        options.Run.CheckInput = options.Run.CheckOutput = entry.Origin != "built-in";
        Module next;
        if (entry.Origin == "built-in") next = (Module)SourceParser.OnBigStack(() => PassRunner.Run(tree, [entry], options.Run, TextWriter.Null, scratch));
        else lock (entry.Pass) // a plugin's pass (a Python one runs in its plugin's runtime) serves one request at a time
            next = (Module)SourceParser.OnBigStack(() => PassRunner.Run(tree, [entry], options.Run, TextWriter.Null, scratch));
        var result = (next, scratch[0]);
        info.PassOutputs[key] = result;
        return result;
    }

    /// <summary>Runs each pipeline pass by pass; returns the pass lists (changed flags, remarks) and static counts,
    /// and for the first pipeline the diff of its selected pass (or its first changed one) in the view asked for,
    /// so the page needs one request per change.</summary>
    public static string Pipelines(string source, string filename, IReadOnlyList<(string Name, string Spec)> pipelines,
        string? func = null, string? view = null, int select = 0) =>
        // one thread with a big stack for the whole request: parse, passes and compiles then run on it inline
        // (a thread started per pass waits for a core each time, which on a busy machine is most of the time)
        SourceParser.OnBigStack(() => PipelinesHere(source, filename, pipelines, func, view, select));

    static string PipelinesHere(string source, string filename, IReadOnlyList<(string Name, string Spec)> pipelines,
        string? func, string? view, int select)
    {
        var laps = new Laps();
        using var bound = new PythonRuntime().Enter();
        Module parsed;
        try { parsed = Parse(source, filename); laps.Lap("parse"); }
        catch (PythonSyntaxError e) { return JsonSerializer.Serialize(new { error = e.Msg }); }
        var result = new List<object>();
        object? diff = null;
        var scratch = new List<PassRecord>();
        foreach (var (name, spec) in pipelines)
        {
            try
            {
                var options = ParseSpec(spec, out var passText);
                options.Run.File = filename;
                options.Run.WriteReports = false;
                var trees = new List<Module> { parsed };
                var records = new List<PassRecord>();
                var tree = parsed;
                foreach (var entry in Entries(options, passText))
                {
                    var (next, record) = RunPass(tree, entry, options, scratch);
                    records.Add(record with { Index = records.Count + 1 });
                    trees.Add(next);
                    tree = next;
                }
                laps.Lap("passes");
                laps.Steps["passes_own"] = Math.Round(records.Sum(r => r.Time.TotalMilliseconds), 1);
                var id = Guid.NewGuid().ToString("N");
                var run = new PipelineRun { Name = name, Spec = spec, Source = source, Filename = filename, Trees = trees, Records = records };
                Remember(id, run);
                // "changed": the tree differs in content (fields, values and positions), not only a new tree object;
                // with a function chosen, also whether that function's part changed. The walk skips the subtrees
                // that the pass's output shares with its input (copy-on-write), so it costs about what changed
                // (the fingerprints of both whole trees took 20-120 ms per edit of argparse.py)
                var passes = new List<object>();
                int firstChanged = 0;
                bool selectedChanged = false;
                for (int i = 0; i < records.Count; i++)
                {
                    var r = records[i];
                    bool changed = !AstEquality.Equal(trees[i], trees[i + 1], compareAttributes: true);
                    bool? funcChanged = null;
                    if (!string.IsNullOrEmpty(func))
                        funcChanged = changed && !AstEquality.Equal(FunctionNode(trees[i], func), FunctionNode(trees[i + 1], func), compareAttributes: true);
                    if (firstChanged == 0 && (funcChanged ?? changed)) firstChanged = i + 1;
                    if (select == i + 1 && (funcChanged ?? changed)) selectedChanged = true;
                    passes.Add(new
                    {
                        index = i + 1,
                        name = r.Name,
                        origin = r.Origin,
                        changed,
                        func_changed = funcChanged,
                        remarks = r.Remarks.Select(m => new { counter = m.Counter, message = m.Message, line = m.Line }),
                    });
                }
                laps.Lap("changed");
                var (code, compileError) = CodeOf(tree, filename, source);
                laps.Lap("compile");
                result.Add(new { id, name, spec, passes, static_instructions = code is null ? (int?)null : CountInstructions(code), compile_error = compileError is null ? null : Message(compileError) });
                if (diff is null && view is not null)
                {
                    // the pass the page had selected while it still changes something, else the first that does
                    int index = selectedChanged ? select : firstChanged;
                    if (index > 0) diff = DiffObject(run, index, view, func ?? "", laps);
                }
            }
            catch (Exception e) when (e is UsageException or PipelineException or PassFailedException or PassScriptException or CompileError or ArgumentException or InvalidOperationException)
            {
                result.Add(new { name, spec, error = e.Message });
            }
        }
        return JsonSerializer.Serialize(new { pipelines = result, diff, timings = laps.Done() });
    }

    static AstNode? FunctionNode(Module tree, string func) => Functions(tree).FirstOrDefault(f => f.Path == func)?.Node;

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

    // a code object's address changes with every compile: hidden, so only real changes show
    static string Dis(CodeObject code) => Address().Replace(PyCode.Disassemble(code), " at 0x…");

    /// <summary>The text of a tree in one view, "source" (unparsed), "ast" (dump, indent 2) or "dis", of the whole
    /// module or of one def or class (<paramref name="func"/>); made once per tree.</summary>
    static string Text(PipelineRun run, int i, string view, string func)
    {
        var tree = run.Trees[i];
        return InfoOf(tree).Texts.GetOrAdd(view + "|" + func, _ =>
        {
            if (view == "dis")
            {
                var (code, error) = CodeOf(tree, run.Filename, run.Source);
                if (code is null) return Message(error!) + "\n";
                if (func.Length == 0) return Dis(code);
                return CodeAt(code, func) is { } inner ? Dis(inner) : $"({func} is not in this tree)\n";
            }
            AstNode? node = func.Length == 0 ? tree : Functions(tree).FirstOrDefault(f => f.Path == func)?.Node;
            if (node is null) return $"({func} is not in this tree)\n";
            return view switch
            {
                "source" => Unparser.Unparse(node) + "\n",
                "ast" => AstDump.Dump(node, 2) + "\n",
                _ => throw new ArgumentException($"unknown view '{view}' (choose from 'source', 'ast', 'dis')"),
            };
        });
    }

    /// <summary>One row of a side-by-side diff: the kind and text of each side (null: no line on that side).</summary>
    public sealed record Row(string l, string? lt, int? ln, string r, string? rt, int? rn);

    /// <summary>Unchanged lines kept around each change; longer unchanged runs are folded into one row.</summary>
    public const int Context = 3;

    static List<Row> Rows(PipelineRun run, int index, string view, string func, Laps? laps = null) =>
        run.Rows.GetOrAdd((index, view, func), _ =>
        {
            string before = Text(run, index - 1, view, func);
            laps?.Lap("text_before");
            string after = Text(run, index, view, func);
            laps?.Lap("text_after");
            var rows = new List<Row>();
            if (ReferenceEquals(before, after) || before == after)
            {
                int n = 0;
                foreach (var line in before.TrimEnd('\n').Split('\n')) { n++; rows.Add(new Row("same", line, n, "same", line, n)); }
            }
            else
            {
                var model = SideBySideDiffBuilder.Diff(new Differ(), before, after, ignoreWhiteSpace: false);
                for (int k = 0; k < model.OldText.Lines.Count; k++)
                {
                    var l = model.OldText.Lines[k];
                    var r = model.NewText.Lines[k];
                    rows.Add(new Row(Kind(l.Type), l.Text, l.Position, Kind(r.Type), r.Text, r.Position));
                }
            }
            laps?.Lap("diff");
            return rows;
        });

    /// <summary>The rows to show: changes with <see cref="Context"/> unchanged lines around them; each longer run of
    /// unchanged rows becomes a fold row {fold: count, from: first row} that the page can open (<see cref="RowSlice"/>).</summary>
    static List<object> Folded(List<Row> rows)
    {
        var keep = new bool[rows.Count];
        for (int k = 0; k < rows.Count; k++)
            if (rows[k].l != "same" || rows[k].r != "same")
                for (int j = Math.Max(0, k - Context); j <= Math.Min(rows.Count - 1, k + Context); j++) keep[j] = true;
        var shown = new List<object>();
        for (int k = 0; k < rows.Count;)
        {
            if (keep[k]) { shown.Add(rows[k]); k++; continue; }
            int start = k;
            while (k < rows.Count && !keep[k]) k++;
            if (k - start == 1) shown.Add(rows[start]);
            else shown.Add(new { fold = k - start, from = start });
        }
        return shown;
    }

    static object DiffObject(PipelineRun run, int index, string view, string func, Laps? laps = null)
    {
        var rows = Rows(run, index, view, func, laps);
        var folded = Folded(rows);
        var rec = run.Records[index - 1];
        return new
        {
            pass = rec.Name,
            index,
            view,
            func,
            total_rows = rows.Count,
            changed_rows = rows.Count(r => r.l != "same" || r.r != "same"),
            rows = folded,
            remarks = rec.Remarks.Select(m => new { counter = m.Counter, message = m.Message, line = m.Line }),
        };
    }

    /// <summary>Before/after of pass <paramref name="index"/> (1-based) side by side, unchanged runs folded.</summary>
    public static string PassDiff(string id, int index, string view, string? func)
    {
        if (!Runs.TryGetValue(id, out var run)) return JsonSerializer.Serialize(new { error = "this pipeline run is gone; edit to run it again" });
        if (index < 1 || index >= run.Trees.Count) return JsonSerializer.Serialize(new { error = $"no pass {index}" });
        if (view is not ("source" or "ast" or "dis")) return JsonSerializer.Serialize(new { error = $"unknown view '{view}' (choose from 'source', 'ast', 'dis')" });
        var laps = new Laps();
        using var bound = new PythonRuntime().Enter();
        var diff = DiffObject(run, index, view, func ?? "", laps);
        return JsonSerializer.Serialize(new { diff, timings = laps.Done() });
    }

    /// <summary>Rows [from, from + count) of a diff: a fold row opened.</summary>
    public static string RowSlice(string id, int index, string view, string? func, int from, int count)
    {
        if (!Runs.TryGetValue(id, out var run)) return JsonSerializer.Serialize(new { error = "this pipeline run is gone; edit to run it again" });
        if (index < 1 || index >= run.Trees.Count || view is not ("source" or "ast" or "dis")) return JsonSerializer.Serialize(new { error = "no such diff" });
        using var bound = new PythonRuntime().Enter();
        var rows = Rows(run, index, view, func ?? "");
        from = Math.Clamp(from, 0, rows.Count);
        count = Math.Clamp(count, 0, rows.Count - from);
        return JsonSerializer.Serialize(new { rows = rows.GetRange(from, count) });
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
