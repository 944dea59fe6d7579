// A small verb dispatcher: each benchmark is a verb in its own file.
// Run: dotnet run -c Release --project Marketplace.Benchmarks -- <verb> [options]
using Marketplace.Benchmarks;
using Marketplace.Benchmarks.Matching;

var verbs = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["matching"] = a => Task.FromResult(MatchingBenchmark.Run(a)),
    ["commute"] = a => Task.FromResult(CommuteBenchmark.Run(a)),
    ["notifications"] = NotificationsBenchmark.RunAsync,
    ["pages"] = PagesBenchmark.RunAsync,
};

if (args.Length == 0 || !verbs.TryGetValue(args[0], out var verb))
{
    Console.Error.WriteLine("usage: Marketplace.Benchmarks <verb> [options]");
    Console.Error.WriteLine("verbs: matching [--n 100000,1000000] [--placements 50] [--seed 42] [--per-placement]; commute [carta-gtfs.zip]; notifications [--clients 2000] [--events 2000] [--rate 100]; pages [--rate 200] [--seconds 20]");
    return 2;
}
return await verb(args[1..]);
