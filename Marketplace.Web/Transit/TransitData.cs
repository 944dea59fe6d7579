using Marketplace.Matching.Commute;
using Marketplace.Matching.Commute.Gtfs;
using Marketplace.Matching.Commute.Transit;

namespace Marketplace.Web.Transit;

/// <summary>The timetable in use and the commute provider built on it. Loaded on first use from
/// the saved timetable file ("Transit:TimetablePath"), or, on a fresh install, imported from the
/// bundled Kalmar feed with generated trips over its real stops (the real minified feed has only
/// a handful of trips). An import that fails leaves the previous timetable in use.</summary>
public sealed class TransitData(IWebHostEnvironment environment, IConfiguration configuration, ILogger<TransitData> logger)
{
    private readonly Lock _gate = new();
    private TransitCommuteProvider? _provider;
    private ImportReport? _lastReport;

    /// <summary>The bundled demo feed, copied to the output and present in the content root.</summary>
    public string SeedFeedPath => Path.Combine(environment.ContentRootPath, "Seed", "Data", "kalmar-gtfs.zip");

    private string TimetablePath => configuration["Transit:TimetablePath"]
        ?? Path.Combine(environment.ContentRootPath, "App_Data", "timetable.bin");

    public ICommuteProvider Commute => Provider;

    public TimetableSummary Summary => Provider.Timetable.Summary();

    public ImportReport? LastReport => _lastReport;

    private TransitCommuteProvider Provider
    {
        get
        {
            if (_provider is { } ready)
            {
                return ready;
            }
            lock (_gate)
            {
                return _provider ??= new TransitCommuteProvider(LoadInitial());
            }
        }
    }

    /// <summary>Imports a feed; on success saves it and swaps it in, on failure throws
    /// <see cref="GtfsImportException"/> and changes nothing.</summary>
    public ImportReport Import(Stream zip)
    {
        var result = GtfsImporter.Import(zip);
        Save(result.Timetable);
        lock (_gate)
        {
            if (_provider is null)
            {
                _provider = new TransitCommuteProvider(result.Timetable);
            }
            else
            {
                _provider.ReplaceTimetable(result.Timetable);
            }
            _lastReport = result.Report;
        }
        logger.LogInformation("Imported GTFS feed: {Summary}; skipped: {Report}", result.Timetable.Summary(), result.Report);
        return result.Report;
    }

    private Timetable LoadInitial()
    {
        if (File.Exists(TimetablePath))
        {
            try
            {
                return TimetableFile.Load(TimetablePath);
            }
            catch (InvalidDataException ex)
            {
                logger.LogWarning("Saved timetable {Path} not usable ({Message}); importing the bundled feed again", TimetablePath, ex.Message);
            }
        }
        var result = GtfsImporter.ImportWithSyntheticTrips(SeedFeedPath);
        _lastReport = result.Report;
        Save(result.Timetable);
        logger.LogInformation("Imported the bundled Kalmar feed with generated trips: {Summary}", result.Timetable.Summary());
        return result.Timetable;
    }

    private void Save(Timetable timetable)
    {
        var dir = Path.GetDirectoryName(TimetablePath);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }
        // Write beside and move, so a crash mid-write never leaves a half file to load next time.
        var temp = TimetablePath + ".tmp";
        TimetableFile.Save(timetable, temp);
        File.Move(temp, TimetablePath, overwrite: true);
    }
}

public static class TransitExtensions
{
    public static IServiceCollection AddMarketplaceTransit(this IServiceCollection services) =>
        services.AddSingleton<TransitData>();
}
