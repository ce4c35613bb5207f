using Pytk.Hosting;
using Pytk.Passes;
using Pytk.Syntax;

namespace Pytk.Cli;

/// <summary>
/// The pass options every tree-printing command shares (dump-ast, unparse, dis, run, compare): a command
/// offers each argument to <see cref="TryParse"/> first and calls <see cref="PassPipeline.Apply"/> on its tree
/// (the pipeline itself is Pytk.Hosting's <see cref="PassPipeline"/>).
/// Without --passes/-O the pipeline is empty, so commands behave as before.
/// </summary>
public sealed class PassOptions : PassPipeline
{
    public bool Verbose { get; private set; }

    /// <summary>Consumes args[i] (and its value) if it is a pass option; false otherwise.</summary>
    public bool TryParse(string[] args, ref int i)
    {
        string a = args[i];
        string? inline = null;
        int eq = a.IndexOf('=');
        if (a.StartsWith("--") && eq > 0) { inline = a[(eq + 1)..]; a = a[..eq]; }
        int at = i;
        string Value()
        {
            if (inline is not null) return inline;
            if (at + 1 >= args.Length) throw new UsageException($"argument {a}: expected one argument");
            return args[++at];
        }
        switch (a)
        {
            case "--passes": Add(Value()); break;
            case "-O0" or "-O1" or "-O2": Add(a[1..]); break;
            case "--plugin": AddPlugin(Value()); break;
            case "--pass-opt":
                string kv = Value();
                int k = kv.IndexOf('=');
                if (k <= 0 || !kv[..k].Contains('.')) throw new UsageException($"argument --pass-opt: expected PASS.KEY=VALUE, got '{kv}'");
                Run.PassOptions[kv[..k]] = kv[(k + 1)..];
                break;
            case "--print-after-all": Run.PrintAfterAll = true; break;
            case "--print-after": Run.PrintAfter.Add(Value()); break;
            case "--print-changed": Run.PrintChanged = true; break;
            case "--print-format":
                Run.Printer = Value() switch
                {
                    "ast" => m => AstDump.Dump(m, 3),
                    "source" => m => Unparser.Unparse(m),
                    var f => throw new UsageException($"argument --print-format: invalid choice: '{f}' (choose from 'ast', 'source')"),
                };
                break;
            case "--time-passes": Run.TimePasses = true; break;
            case "--stats": Run.Stats = true; break;
            case "--remarks": Run.Remarks = true; break;
            case "--no-check-input": Run.CheckInput = false; break;
            case "--report-format":
                Run.Json = Value() switch
                {
                    "text" => false,
                    "json" => true,
                    var f => throw new UsageException($"argument --report-format: invalid choice: '{f}' (choose from 'text', 'json')"),
                };
                break;
            case "--time-repeats":
                string t = Value();
                if (!int.TryParse(t, out int repeats) || repeats < 0) throw new UsageException($"argument --time-repeats: invalid non-negative int value: '{t}'");
                Run.TimeRepeats = repeats;
                break;
            case "--opt-bisect-limit":
                string n = Value();
                // as LLVM's -opt-bisect-limit: -1 (the default there) means no limit
                if (!int.TryParse(n, out int limit) || limit < -1) throw new UsageException($"argument --opt-bisect-limit: invalid int value: '{n}' (N >= 0, or -1 for no limit)");
                Run.BisectLimit = limit;
                break;
            case "--bisect-unit":
                Run.BisectChanges = Value() switch
                {
                    "pass" => false,
                    "change" => true,
                    var u => throw new UsageException($"argument --bisect-unit: invalid choice: '{u}' (choose from 'pass', 'change')"),
                };
                break;
            case "--verbose": Verbose = true; break;
            default: return false;
        }
        i = at;
        return true;
    }
}
