using System.Globalization;
using ParityKit.CpuSplit;

// perf script -F comm,tid,ip,sym,dso -i perf.data | dotnet ParityKit.CpuSplit.dll --frequency 499
// Prints one line per part and kind: "part<TAB>kind<TAB>CPU seconds", then "all<TAB>total<TAB>seconds".
int frequency = 0;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--frequency" && i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out int hz) && hz > 0)
    {
        frequency = hz;
    }
    else
    {
        Console.Error.WriteLine("usage: perf script -F comm,tid,ip,sym,dso | ParityKit.CpuSplit --frequency HZ");
        return 2;
    }
}

if (frequency == 0)
{
    Console.Error.WriteLine("--frequency HZ (the perf record -F value) is required");
    return 2;
}

var counts = new Dictionary<(string Part, string Kind), int>();
int total = 0;
foreach (IReadOnlyList<Frame> stack in PerfScript.Samples(Console.In))
{
    total++;
    var key = (SampleClassifier.Part(stack), SampleClassifier.Kind(stack));
    counts[key] = counts.GetValueOrDefault(key) + 1;
}

foreach (var ((part, kind), count) in counts.OrderBy(c => c.Key.Part, StringComparer.Ordinal).ThenBy(c => c.Key.Kind, StringComparer.Ordinal))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{part}\t{kind}\t{(double)count / frequency:0.000}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all\ttotal\t{(double)total / frequency:0.000}"));
return 0;
