using System.Diagnostics.Tracing;
namespace Pytk.Cli;
sealed class AllocProbe : EventListener
{
    public readonly Dictionary<string, long> ByType = new();
    protected override void OnEventSourceCreated(EventSource s)
    {
        if (s.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(s, EventLevel.Verbose, (EventKeywords)0x1);
    }
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick")) return;
        int i = e.PayloadNames!.IndexOf("TypeName");
        int a = e.PayloadNames!.IndexOf("AllocationAmount64");
        string t = (string)e.Payload![i]!;
        long amt = a >= 0 ? Convert.ToInt64(e.Payload[a]) : 100000;
        lock (ByType) ByType[t] = ByType.GetValueOrDefault(t) + amt;
    }
    public void Dump(TextWriter w)
    {
        lock (ByType) foreach (var kv in ByType.OrderByDescending(k => k.Value).Take(40)) w.WriteLine($"{kv.Value >> 20,8} MB  {kv.Key}");
    }
}
