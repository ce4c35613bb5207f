using System.Diagnostics.Tracing;

namespace Pytk.Cli;

/// <summary>
/// `pytk parse --gc-stats`: which types the parse allocates most, from the runtime's GCAllocationTick
/// events (one about every 100 KB allocated, naming the type that crossed the mark). A sample, so the
/// figures are approximate; enough to see what to cut.
/// </summary>
sealed class AllocationSampler : EventListener
{
    readonly Dictionary<string, long> bytesByType = [];

    protected override void OnEventSourceCreated(EventSource source)
    {
        const EventKeywords GcKeyword = (EventKeywords)0x1;
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        int type = e.PayloadNames.IndexOf("TypeName"), amount = e.PayloadNames.IndexOf("AllocationAmount64");
        if (type < 0 || e.Payload![type] is not string name) return;
        long bytes = amount >= 0 ? Convert.ToInt64(e.Payload[amount]) : 100_000;
        lock (bytesByType) bytesByType[name] = bytesByType.GetValueOrDefault(name) + bytes;
    }

    public void Print(TextWriter w, int top)
    {
        lock (bytesByType)
            foreach (var (name, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(top))
                w.WriteLine($"{bytes >> 20,8} MB  {name}");
    }
}
