using System.Diagnostics;
using System.Globalization;
using Marketplace.Matching.Commute;
using Marketplace.Matching.Commute.Generation;
using Marketplace.Matching.Commute.Gtfs;
using Marketplace.Matching.Commute.Transit;
using Marketplace.Matching.Geo;

namespace Marketplace.Benchmarks;

/// <summary>`dotnet run -c Release --project Marketplace.Benchmarks -- commute [carta.zip]`: the public
/// transport figures of PRODUCT.md's budgets (one reverse search ≤ 50 ms on ≥ 2 M stop events),
/// plus the window variant and 100 000 candidates to one workplace end to end.</summary>
public static class CommuteBenchmark
{
    private const int Candidates = 100_000;

    public static int Run(string[] args)
    {
        var cartaPath = args.FirstOrDefault() ?? Path.Combine("Marketplace.Matching.Tests", "TestData", "carta-chattanooga-gtfs.zip");
        var sw = Stopwatch.StartNew();
        var feed = RegionalNetworkGenerator.Generate();
        var region = TimetableBuilder.Build(feed);
        Console.WriteLine($"generated region: {region.StopCount} stops, {region.RouteIds.Length} routes, {region.TripCount} trips, "
            + $"{region.StopEventCount:N0} stop events, built in {sw.ElapsedMilliseconds} ms");
        MeasureSaveLoad(region);
        var day = new DateOnly(2026, 3, 4);
        var rng = new Random(1);
        var towns = region.Connections.Select(c => c.FromStop).Distinct().Order().ToArray();
        Report("region", region, day, () => region.StopPoint(towns[rng.Next(towns.Length)]), () => RandomHomeIn(region, rng));

        if (File.Exists(cartaPath))
        {
            var carta = GtfsImporter.Import(cartaPath).Timetable;
            Console.WriteLine($"CARTA: {carta.StopCount} stops, {carta.TripCount} trips, {carta.StopEventCount:N0} stop events");
            var served = carta.Connections.Select(c => c.ToStop).Distinct().Order().ToArray();
            Report("CARTA", carta, new DateOnly(2014, 9, 3), () => carta.StopPoint(served[rng.Next(served.Length)]), () => RandomHomeIn(carta, rng));
        }
        else
        {
            Console.WriteLine($"CARTA not measured: {cartaPath} not found (pass its path as the first argument)");
        }
        return 0;
    }

    private static void Report(string name, Timetable tt, DateOnly day, Func<GeoPoint> workplace, Func<GeoPoint> home)
    {
        var options = TransitOptions.Default;
        var active = tt.ActiveTrips(day);
        var single = Measure(60, () =>
        {
            var targets = WindowSearch.TargetsAround(tt, workplace(), options);
            ReverseConnectionScan.Run(tt, targets, active, 8 * 3600, options);
        });
        Console.WriteLine($"{name}: one reverse search (arrive by 08:00, journeys up to 3 h): {Percentiles(single)}");
        var uncapped = options with { MaxJourneySeconds = 30 * 3600 };
        var fullDay = Measure(30, () =>
        {
            var targets = WindowSearch.TargetsAround(tt, workplace(), uncapped);
            ReverseConnectionScan.Run(tt, targets, active, 23 * 3600, uncapped);
        });
        Console.WriteLine($"{name}: one reverse search scanning the whole day (arrive by 23:00, no cap): {Percentiles(fullDay)}");
        var window = new ArrivalWindow(day, new TimeOnly(7, 0), new TimeOnly(8, 30));
        var windowTimes = Measure(20, () => WindowSearch.Run(tt, workplace(), window, options));
        Console.WriteLine($"{name}: window 07:00–08:30 (7 deadlines, 15 min apart): {Percentiles(windowTimes)}");

        var homes = Enumerable.Range(0, Candidates).Select(_ => home()).ToArray();
        Console.WriteLine($"{name}: {homes.Distinct().Count():N0} distinct home points among {Candidates:N0} candidates");
        var reached = 0;
        var endToEnd = Measure(10, () =>
        {
            // A fresh provider each time: the measured figure includes the search, not a cache hit.
            var table = new TransitCommuteProvider(tt, options).ForWorkplace(workplace(), window);
            reached = 0;
            foreach (var h in homes)
            {
                if (table.Best(h, TransportModes.PublicTransport | TransportModes.Walk | TransportModes.Bike) is { Mode: CommuteMode.PublicTransport })
                {
                    reached++;
                }
            }
        });
        Console.WriteLine($"{name}: {Candidates:N0} candidates to one workplace (window search + every lookup): {Percentiles(endToEnd)}; "
            + $"last run: {reached:N0} best by public transport");
    }

    private static void MeasureSaveLoad(Timetable tt)
    {
        var path = Path.Combine(Path.GetTempPath(), $"commute-bench-{Environment.ProcessId}.bin");
        try
        {
            var sw = Stopwatch.StartNew();
            TimetableFile.Save(tt, path);
            var save = sw.ElapsedMilliseconds;
            sw.Restart();
            TimetableFile.Load(path);
            Console.WriteLine($"binary timetable: {new FileInfo(path).Length / 1_048_576.0:F1} MB, save {save} ms, load {sw.ElapsedMilliseconds} ms");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static GeoPoint RandomHomeIn(Timetable tt, Random rng)
    {
        // Homes near a random stop (within ~3 km) so most have transit within reach, as people do;
        // snapped to the 250 m grid that stored homes use (PRODUCT.md).
        var s = rng.Next(tt.StopCount);
        return new GeoPoint(tt.StopLat[s] + ((rng.NextDouble() - 0.5) * 0.05), tt.StopLon[s] + ((rng.NextDouble() - 0.5) * 0.08))
            .SnapToGrid();
    }

    private static double[] Measure(int runs, Action action)
    {
        action(); // warm-up: JIT and first-touch of the arrays
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }
        return times;
    }

    private static string Percentiles(double[] ms)
    {
        var sorted = ms.Order().ToArray();
        double P(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms (n={ms.Length})");
    }
}
