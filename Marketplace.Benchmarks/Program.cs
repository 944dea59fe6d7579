using Marketplace.Benchmarks;

return args.FirstOrDefault() switch
{
    "commute" => CommuteBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("Benchmarks: see README.md. Verbs: commute [carta-gtfs.zip]");
    return 1;
}
