using System.Text;

namespace Pytk.Vm.Execution;

/// <summary>Formats an uncaught exception as CPython's default excepthook does, with its cause/context chain.</summary>
public static class Traceback
{
    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        Chain(e, sb, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    /// <summary>The exception alone, without its cause/context chain (CPython's default unraisable hook).</summary>
    public static string FormatAlone(PyBaseException e)
    {
        var sb = new StringBuilder();
        One(e, sb);
        return sb.ToString();
    }

    static void Chain(PyBaseException e, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        seen.Add(e);
        if (e.Cause is PyBaseException cause && !seen.Contains(cause))
        {
            Chain(cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (e.Context is PyBaseException ctx && !e.SuppressContext && !seen.Contains(ctx))
        {
            Chain(ctx, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        One(e, sb);
    }

    static void One(PyBaseException e, StringBuilder sb)
    {
        if (e.Traceback is not null)
        {
            sb.Append("Traceback (most recent call last):\n");
            string? last = null;
            int repeat = 0;
            string? inlinedInto = null;
            // A deep recursion repeats a few entries thousands of times: each distinct one is formatted once
            // (its caret line parses source), so printing stays linear in the frame count.
            var entries = new Dictionary<(PyCode, int, int, string?), string>();
            for (var tb = e.Traceback; tb is not null; tb = tb.Next)
            {
                // CPython 3.12+ inlines list/set/dict comprehensions: their frame is the enclosing one.
                if (tb.Next is { } nx && IsInlinedComprehension(nx.Code))
                {
                    inlinedInto ??= tb.Code.Name;
                    continue;
                }
                var key = (tb.Code, tb.Line, tb.Pc, IsInlinedComprehension(tb.Code) ? inlinedInto : null);
                if (!entries.TryGetValue(key, out var entry)) entries[key] = entry = Entry(tb, key.Item4);
                inlinedInto = null;
                if (entry == last)
                {
                    repeat++;
                    if (repeat >= 3) continue;
                }
                else
                {
                    if (repeat >= 3) sb.Append($"  [Previous line repeated {repeat - 2} more time{(repeat - 2 == 1 ? "" : "s")}]\n");
                    repeat = 0;
                    last = entry;
                }
                sb.Append(entry);
            }
            if (repeat >= 3) sb.Append($"  [Previous line repeated {repeat - 2} more time{(repeat - 2 == 1 ? "" : "s")}]\n");
        }
        if (PythonRuntime.Current.Compiler is { } host && e.Type.IsSubtypeOf(ExcTypes.SyntaxError) && Attr(e, "lineno") is PyInt line)
        {
            string? Text(string name) => Attr(e, name) is PyStr s ? s.Value : null;
            int Int(string name) => Attr(e, name) is PyInt i ? (int)i.ToInt64() : 0;
            sb.Append(host.SyntaxErrorBlock(Text("msg") ?? "", Text("filename"), (int)line.ToInt64(), Int("offset"), Text("text"), Int("end_lineno"), Int("end_offset")));
            sb.Append(e.Type.QualName).Append(": ").Append(Text("msg") ?? "").Append('\n');
        }
        else sb.Append(LastLine(e)).Append('\n');
        foreach (var n in e.NoteLines()) sb.Append(n).Append('\n');
    }


    static PyObject? Attr(PyBaseException e, string name)
    {
        try { return Ops.GetAttrOrNull(e, name); }
        catch (PyException) { return null; }
    }

    static bool IsInlinedComprehension(PyCode c) => c.Name is "<listcomp>" or "<setcomp>" or "<dictcomp>";

    static string Entry(PyTraceback tb, string? name = null)
    {
        var s = $"  File \"{tb.Code.Filename}\", line {tb.Line}, in {name ?? tb.Code.Name}\n";
        return s + SourceBlock(tb.Code, tb.Line, tb.Pc);
    }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyCode, object> kept = new();

    /// <summary>Tracebacks through this code (and the code objects in it) show its source, though its file name is
    /// `&lt;stdin&gt;`-like: what is typed at the interactive prompt.</summary>
    public static void KeepSource(PyCode code)
    {
        kept.AddOrUpdate(code, code);
        foreach (var c in code.Consts) if (c is PyCode inner) KeepSource(inner);
    }

    /// <summary>The source lines of an entry at `line` whose instruction is `pc`, with the caret line.</summary>
    public static string SourceBlock(PyCode code, int line, int pc)
    {
        // Code compiled from a string (`<string>`, `<stdin>`, ...) has no file: CPython's linecache finds no line.
        // The interactive prompt keeps the source of what was typed (KeepSource), as CPython 3.13's does.
        if (code.Filename.StartsWith('<') && code.Filename.EndsWith('>') && !kept.TryGetValue(code, out _)) return "";
        var lines = code.SourceLines ?? LineCache.Lines(code.Filename);
        if (lines is null || line < 1 || line > lines.Length) return "";
        var pos = pc >= 0 && pc < code.Positions.Length ? code.Positions[pc] : default;
        return TracebackLines.Format(lines, line, pos);
    }

    /// <summary>`TypeName: message`, the line tests compare.</summary>
    public static string LastLine(PyBaseException e)
    {
        var t = e.Type;
        string mod = t.Dict!.TryGetValue("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";
        string name = mod is "builtins" or "__main__" ? t.QualName : mod + "." + t.QualName;
        string msg;
        try { msg = Ops.Str(e); }
        catch (PyException) { msg = "<exception str() failed>"; }
        return msg.Length == 0 ? name : name + ": " + msg;
    }
}
