using System.Text.Json;
using Pytk.Passes;
using Pytk.Vm;

namespace Pytk.Cli;

/// <summary>
/// The JSON documents of `dis --format json` and `run --stats --report-format json` (schema pytk-report/1,
/// docs/reports.md). Built from the code objects and <see cref="RunStats"/> themselves, not by parsing text.
/// </summary>
public static class ReportDocuments
{
    /// <summary>kind "dis": the module's code object and, nested in "children", every code object it holds.</summary>
    public static string Dis(CodeObject code, string file)
    {
        _ = Runtime.Builtins; // constant reprs need the built-in types (a .pyc may come first)
        return ReportJson.Document("dis", w =>
        {
            w.WriteString("file", file);
            w.WritePropertyName("code");
            Code(w, code);
        });
    }

    static void Code(Utf8JsonWriter w, CodeObject code, Func<CodeObject, int, string>? reprs = null)
    {
        if (reprs is null) { PythonRuntime.RegisterTypes(); reprs = new PyCode(code).ConstReprs(); }
        w.WriteStartObject();
        w.WriteString("name", code.Name);
        w.WriteString("qualname", code.QualName);
        w.WriteString("filename", code.Filename);
        w.WriteNumber("first_line", code.FirstLine);
        w.WriteNumber("argcount", code.ArgCount);
        w.WriteNumber("posonlyargcount", code.PosOnlyArgCount);
        w.WriteNumber("kwonlyargcount", code.KwOnlyArgCount);
        w.WriteNumber("stacksize", code.StackSize);
        w.WriteNumber("flags", (int)code.Flags);
        Strings(w, "varnames", code.VarNames);
        Strings(w, "names", code.Names);
        Strings(w, "cellvars", code.CellVars);
        Strings(w, "freevars", code.FreeVars);
        Strings(w, "consts", Enumerable.Range(0, code.Consts.Length).Select(i => reprs(code, i)));
        // labels as dis numbers them: every jump target and exception-table boundary, in offset order
        var labelAt = new SortedSet<int>();
        foreach (var ins in code.Code) if (OpTable.Info(ins.Op).IsJump) labelAt.Add(ins.Arg);
        foreach (var e in code.ExceptionTable) { labelAt.Add(e.Start); labelAt.Add(e.End); labelAt.Add(e.Target); }
        var labels = new Dictionary<int, int>();
        foreach (var off in labelAt) labels[off] = labels.Count + 1;
        w.WriteStartArray("instructions");
        for (int i = 0; i < code.Code.Length; i++)
        {
            var ins = code.Code[i];
            var info = OpTable.Info(ins.Op);
            w.WriteStartObject();
            w.WriteNumber("index", i);
            w.WriteString("opname", info.Name);
            w.WriteNumber("opcode", (int)ins.Op);
            if (info.Operand == Operand.None) { w.WriteNull("arg"); w.WriteString("argrepr", ""); }
            else
            {
                w.WriteNumber("arg", ins.Arg);
                w.WriteString("argrepr", Disassembler.ArgRepr(code, info, ins.Arg, labels, reprs));
            }
            w.WriteNumber("line", code.LineAt(i));
            if (labels.TryGetValue(i, out int label)) w.WriteNumber("label", label); else w.WriteNull("label");
            if (info.IsJump) w.WriteNumber("jump_target", ins.Arg); else w.WriteNull("jump_target");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("exception_table");
        foreach (var e in code.ExceptionTable)
        {
            w.WriteStartObject();
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteNumber("target", e.Target);
            w.WriteNumber("depth", e.Depth);
            w.WriteBoolean("lasti", e.Lasti);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("children");
        foreach (var c in code.Consts) if (c is CodeObject inner) Code(w, inner, reprs);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (var s in items) w.WriteStringValue(s);
        w.WriteEndArray();
    }

    /// <summary>kind "run-stats": what `run --stats` prints, as numbers.</summary>
    public static string RunStats(RunStats s, string file, int status) =>
        ReportJson.Document("run-stats", w =>
        {
            w.WriteString("file", file);
            w.WriteNumber("exit_status", status);
            w.WriteString("dispatch", s.Dispatch.ToString().ToLowerInvariant());
            w.WriteNumber("instructions", s.Instructions);
            w.WriteStartObject("by_opcode");
            foreach (var (op, n) in s.ByCount()) w.WriteNumber(OpTable.Info(op).Name, n);
            w.WriteEndObject();
            w.WriteNumber("call_instructions", s.CallInstructions);
            w.WriteNumber("frames", s.Frames);
            w.WriteNumber("generator_resumptions", s.Resumes);
            w.WriteNumber("allocated_bytes", s.AllocatedBytes);
            w.WriteStartObject("gc_collections");
            w.WriteNumber("gen0", s.Gen0Collections);
            w.WriteNumber("gen1", s.Gen1Collections);
            w.WriteNumber("gen2", s.Gen2Collections);
            w.WriteEndObject();
            w.WriteNumber("threaded_compilations", s.ThreadedCompiles);
            w.WriteNumber("jit_methods", s.JitMethods);
            w.WriteNumber("jit_ms", s.JitTime.TotalMilliseconds);
            w.WriteNumber("time_ms", s.Elapsed.TotalMilliseconds);
        });
}
