using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace ParityKit.CompilerCounters;

/// <summary>
/// The JIT time of the methods whose namespace starts with a prefix (ParityKit's own code), from the runtime's JIT
/// events: each method's time is from its <c>MethodJittingStarted</c> to its <c>MethodLoadVerbose</c> on the same thread.
/// </summary>
internal sealed class JitTimeListener(string prefix) : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords JitKeyword = (EventKeywords)0x10;

    private readonly ConcurrentDictionary<long, DateTime> _started = new();
    private long _ownTicks;
    private int _ownMethods;

    public double OwnSeconds => TimeSpan.FromTicks(Interlocked.Read(ref _ownTicks)).TotalSeconds;

    public int OwnMethods => Volatile.Read(ref _ownMethods);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName == "MethodJittingStarted_V1")
        {
            _started[eventData.OSThreadId] = eventData.TimeStamp;
        }
        else if (eventData.EventName is "MethodLoadVerbose_V1" or "MethodLoadVerbose_V2"
            && _started.TryRemove(eventData.OSThreadId, out DateTime start)
            && Payload(eventData, "MethodNamespace").StartsWith(prefix, StringComparison.Ordinal))
        {
            Interlocked.Add(ref _ownTicks, (eventData.TimeStamp - start).Ticks);
            Interlocked.Increment(ref _ownMethods);
        }
    }

    private static string Payload(EventWrittenEventArgs eventData, string name)
    {
        int index = eventData.PayloadNames?.IndexOf(name) ?? -1;
        return index >= 0 ? eventData.Payload?[index]?.ToString() ?? string.Empty : string.Empty;
    }
}
