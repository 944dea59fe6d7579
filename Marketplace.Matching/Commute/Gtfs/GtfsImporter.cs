using Marketplace.Matching.Commute.Generation;
using Marketplace.Matching.Commute.Transit;

namespace Marketplace.Matching.Commute.Gtfs;

/// <summary>Zip in, timetable out: the one call the Web layer's import verb needs.</summary>
public static class GtfsImporter
{
    public static GtfsImportResult Import(string zipPath, TransitOptions? options = null)
    {
        var feed = GtfsReader.Read(zipPath);
        return new GtfsImportResult(TimetableBuilder.Build(feed, options), feed.Report);
    }

    public static GtfsImportResult Import(Stream zip, TransitOptions? options = null)
    {
        var feed = GtfsReader.Read(zip);
        return new GtfsImportResult(TimetableBuilder.Build(feed, options), feed.Report);
    }

    /// <summary>For the demo seed: the real feed plus generated lines over its real stops (flagged
    /// generated, ids prefixed <see cref="SyntheticTrips.IdPrefix"/>).</summary>
    public static GtfsImportResult ImportWithSyntheticTrips(string zipPath, SyntheticTripOptions? synthetic = null,
        TransitOptions? options = null)
    {
        var feed = GtfsReader.Read(zipPath);
        SyntheticTrips.AddTo(feed, synthetic);
        return new GtfsImportResult(TimetableBuilder.Build(feed, options), feed.Report);
    }
}

public sealed record GtfsImportResult(Timetable Timetable, ImportReport Report);
