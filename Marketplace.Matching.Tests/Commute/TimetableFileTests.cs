using Marketplace.Matching.Commute.Generation;
using Marketplace.Matching.Commute.Gtfs;
using Marketplace.Matching.Commute.Transit;

namespace Marketplace.Matching.Tests.Commute;

public class TimetableFileTests
{
    [Fact]
    public void SaveLoad_Carta_EveryArrayAndTheVersionRoundtrip()
    {
        var tt = TestFeeds.Carta;
        using var ms = new MemoryStream();

        TimetableFile.Save(tt, ms);
        ms.Position = 0;
        var loaded = TimetableFile.Load(ms);

        Assert.Equal(tt.Version, loaded.Version);
        Assert.Equal(tt.Agencies, loaded.Agencies);
        Assert.Equal(tt.StopIds, loaded.StopIds);
        Assert.Equal(tt.StopNames, loaded.StopNames);
        Assert.Equal(tt.StopLat, loaded.StopLat);
        Assert.Equal(tt.StopLon, loaded.StopLon);
        Assert.Equal(tt.ChangeSeconds, loaded.ChangeSeconds);
        Assert.Equal(tt.FootStart, loaded.FootStart);
        Assert.Equal(tt.FootFrom, loaded.FootFrom);
        Assert.Equal(tt.FootSeconds, loaded.FootSeconds);
        Assert.Equal(tt.RouteIds, loaded.RouteIds);
        Assert.Equal(tt.RouteNames, loaded.RouteNames);
        Assert.Equal(tt.TripIds, loaded.TripIds);
        Assert.Equal(tt.TripRoute, loaded.TripRoute);
        Assert.Equal(tt.TripService, loaded.TripService);
        Assert.Equal(tt.TripGenerated, loaded.TripGenerated);
        Assert.Equal(tt.Services.Select(s => (s.Id, s.FirstDay)), loaded.Services.Select(s => (s.Id, s.FirstDay)));
        Assert.Equal(tt.Services.SelectMany(s => s.Runs), loaded.Services.SelectMany(s => s.Runs));
        Assert.Equal(tt.Connections, loaded.Connections);
        Assert.Equal(tt.Overnight, loaded.Overnight);
    }

    [Fact]
    public void SaveLoad_FileWithGeneratedTrips_SearchGivesTheSameAnswer()
    {
        var feed = GtfsReader.Read(TestFeeds.PathOf("kalmar-gtfs.zip"));
        SyntheticTrips.AddTo(feed, new SyntheticTripOptions { RouteCount = 5 });
        var tt = TimetableBuilder.Build(feed);
        var path = Path.Combine(Path.GetTempPath(), $"tt-{Guid.NewGuid():N}.bin");
        try
        {
            TimetableFile.Save(tt, path);
            var loaded = TimetableFile.Load(path);
            var target = new TargetStop(tt.Connections[0].ToStop, 0);
            var day = new DateOnly(2019, 5, 22);

            var before = ReverseConnectionScan.Run(tt, [target], day, 8 * 3600);
            var after = ReverseConnectionScan.Run(loaded, [target], day, 8 * 3600);

            Assert.Equal(tt.GeneratedTripCount, loaded.GeneratedTripCount);
            Assert.Equal(before.LatestDeparture, after.LatestDeparture);
            Assert.Equal(before.Legs, after.Legs);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_WrongFormatVersion_ThrowsAskingForReimport()
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(0x5454504D);
            w.Write(TimetableFile.FormatVersion + 1);
        }
        ms.Position = 0;

        var e = Assert.Throws<InvalidDataException>(() => TimetableFile.Load(ms));

        Assert.Contains("re-import", e.Message, StringComparison.Ordinal);
    }
}
