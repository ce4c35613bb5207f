using System.Text;

namespace Pytk.Vm;

/// <summary>Formats an uncaught exception as CPython's default excepthook does, with its cause/context chain.</summary>
public static class Traceback
{
    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        Chain(e, sb, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
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
            for (var tb = e.Traceback; tb is not null; tb = tb.Next)
            {
                var entry = Entry(tb);
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
        sb.Append(LastLine(e)).Append('\n');
        if (e.Notes is not null) foreach (var n in e.Notes) sb.Append(n).Append('\n');
    }

    static string Entry(PyTraceback tb)
    {
        var s = $"  File \"{tb.Code.Filename}\", line {tb.Line}, in {tb.Code.Name}\n";
        var lines = tb.Code.SourceLines ?? Cache.LineCache.Lines(tb.Code.Filename);
        if (lines is not null && tb.Line >= 1 && tb.Line <= lines.Length)
        {
            var src = lines[tb.Line - 1].Trim();
            if (src.Length > 0) s += "    " + src + "\n";
        }
        return s;
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
