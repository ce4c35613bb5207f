using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pytk.Passes;

/// <summary>
/// The JSON form of pytk's reports, one schema for every command (docs/reports.md,
/// docs/schema/pytk-report.schema.json). Every document is an object with <c>"schema": "pytk-report/1"</c>
/// and a <c>"kind"</c>; the number after the slash changes only when a field changes meaning or goes away.
/// </summary>
public static class ReportJson
{
    public const string Schema = "pytk-report/1";

    static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One compact JSON document built by <paramref name="write"/> inside its top-level object,
    /// which already holds "schema" and "kind".</summary>
    public static string Document(string kind, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("kind", kind);
            write(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The "passes" document: what <c>--time-passes</c>, <c>--stats</c> and <c>--remarks</c> print.</summary>
    public static string Passes(IReadOnlyList<PassRecord> records, RunOptions options) =>
        Document("passes", w =>
        {
            if (options.File is { } f) w.WriteString("file", f); else w.WriteNull("file");
            WritePassesBody(w, records, options);
        });

    /// <summary>The fields of a "passes" report (also embedded in a compare document).</summary>
    public static void WritePassesBody(Utf8JsonWriter w, IReadOnlyList<PassRecord> records, RunOptions options)
    {
        w.WriteStartObject("timing");
        w.WriteBoolean("measured", options.TimePasses);
        w.WriteString("method", options.TimePasses && options.TimeRepeats > 0 ? "min-of-repeats" : "single-run");
        w.WriteNumber("repeats", options.TimePasses ? options.TimeRepeats : 0);
        w.WriteNumber("total_ms", records.Sum(r => r.Time.TotalMilliseconds));
        w.WriteEndObject();
        if (options.BisectLimit is int limit) w.WriteNumber("bisect_limit", limit); else w.WriteNull("bisect_limit");
        w.WriteString("bisect_unit", options.BisectChanges ? "change" : "pass");
        w.WriteStartArray("passes");
        foreach (var r in records)
        {
            w.WriteStartObject();
            w.WriteNumber("index", r.Index);
            w.WriteString("name", r.Name);
            w.WriteString("origin", r.Origin);
            w.WriteBoolean("ran", r.Ran);
            w.WriteBoolean("changed", r.Changed);
            w.WriteNumber("time_ms", r.Time.TotalMilliseconds);
            w.WriteNumber("first_time_ms", r.FirstTime.TotalMilliseconds);
            if (options.Stats)
            {
                w.WriteNumber("nodes_before", r.NodesBefore);
                w.WriteNumber("nodes_after", r.NodesAfter);
            }
            else
            {
                w.WriteNull("nodes_before");
                w.WriteNull("nodes_after");
            }
            w.WriteStartObject("counters");
            foreach (var (k, v) in r.Counters.OrderBy(c => c.Key, StringComparer.Ordinal)) w.WriteNumber(k, v);
            w.WriteEndObject();
            w.WriteStartArray("remarks");
            foreach (var m in r.Remarks)
            {
                w.WriteStartObject();
                w.WriteNumber("line", m.Line);
                w.WriteString("counter", m.Counter);
                w.WriteString("message", m.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A {"name": count} object with the keys in ordinal order.</summary>
    public static void WriteCounts(Utf8JsonWriter w, string name, IEnumerable<KeyValuePair<string, int>> counts)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in counts.OrderBy(c => c.Key, StringComparer.Ordinal)) w.WriteNumber(k, v);
        w.WriteEndObject();
    }
}

/// <summary>
/// The one-line text of an exception for a user: its type and message, with the message spelled out where
/// the runtime gives only a resource key (pytk runs with UseSystemResourceKeys, which trims the runtime's
/// message strings: "Arg_NullReferenceException" is all a NullReferenceException says).
/// </summary>
public static class ErrorText
{
    static readonly Dictionary<string, string> Known = new()
    {
        ["Arg_NullReferenceException"] = "Object reference not set to an instance of an object.",
        ["Arg_InvalidCastException"] = "Specified cast is not valid.",
        ["Arg_IndexOutOfRangeException"] = "Index was outside the bounds of the array.",
        ["ArgumentOutOfRange_Index"] = "Index was out of range. Must be non-negative and less than the size of the collection.",
        ["Arg_KeyNotFound"] = "The given key was not present in the dictionary.",
        ["Arg_KeyNotFoundWithKey"] = "The given key was not present in the dictionary.",
        ["Arg_DivideByZero"] = "Attempted to divide by zero.",
        ["Arg_OverflowException"] = "Arithmetic operation resulted in an overflow.",
        ["Arg_StackOverflowException"] = "Operation caused a stack overflow.",
        ["Arg_NotImplementedException"] = "The method or operation is not implemented.",
        ["Arg_NotSupportedException"] = "Specified method is not supported.",
        ["Arg_InvalidOperationException"] = "Operation is not valid due to the current state of the object.",
        ["InvalidOperation_EmptyStack"] = "Stack empty.",
        ["InvalidOperation_EmptyQueue"] = "Queue empty.",
        ["InvalidOperation_EnumFailedVersion"] = "Collection was modified; enumeration operation may not execute.",
        ["NoElements"] = "Sequence contains no elements.",
        ["Activator_CannotCreateInstance"] = "Cannot create an instance of an abstract class or an interface.",
        ["Arg_NoDefCTor"] = "No parameterless constructor defined for this type.",
        ["Arg_NoDefCTorWithoutTypeName"] = "No parameterless constructor defined for this type.",
        ["Arg_TargetInvocationException"] = "Exception has been thrown by the target of an invocation.",
    };

    public static string Of(Exception e) => e is PassScriptException ? e.Message : $"{e.GetType().Name}: {Message(e)}";

    /// <summary>The message, never a bare resource key.</summary>
    public static string Message(Exception e)
    {
        string m = e.Message;
        string key = m.Split(',', 2)[0].Trim();
        if (Known.TryGetValue(key, out var text)) return text;
        if (System.Text.RegularExpressions.Regex.IsMatch(key, "^[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+$"))
            return $"(the runtime gives no message for this {e.GetType().Name}; --verbose shows where it was thrown)";
        return m;
    }
}
