using Marketplace.Matching.Commute.Gtfs;

namespace Marketplace.Matching.Tests.Commute;

public class GtfsReaderTests
{
    [Fact]
    public void Read_MinimalFeed_ParsesQuotedNamesCalendarExceptionsAndTimesPastMidnight()
    {
        using var zip = TestFeeds.Zip(TestFeeds.Minimal());
        var feed = GtfsReader.Read(zip);

        Assert.Equal(["Test Buses"], feed.Agencies);
        Assert.Equal("Alpha, north", feed.Stops[0].Name);
        var weekday = feed.Services.Single(s => s.Id == "WK");
        var saturday = feed.Services.Single(s => s.Id == "SA");
        Assert.True(weekday.RunsOn(new DateOnly(2026, 1, 5)));
        Assert.False(weekday.RunsOn(new DateOnly(2026, 1, 6))); // removed by calendar_dates
        Assert.False(weekday.RunsOn(new DateOnly(2026, 1, 10))); // Saturday
        Assert.True(saturday.RunsOn(new DateOnly(2026, 1, 7))); // added on a Wednesday
        Assert.True(saturday.RunsOn(new DateOnly(2026, 1, 10)));
        var late = feed.Trips.Single(t => t.Id == "T3");
        Assert.Equal(TestFeeds.Seconds(25, 10), late.Arrivals[^1]);
    }

    [Theory]
    [InlineData(17)]
    [InlineData(0)]
    [InlineData(4096)]
    public void Read_NotAZip_ThrowsImportErrorNotAnythingElse(int size)
    {
        var bytes = Enumerable.Range(0, size).Select(i => (byte)('a' + (i % 26))).ToArray();

        var e = Assert.Throws<GtfsImportException>(() => GtfsReader.Read(new MemoryStream(bytes)));

        Assert.Equal(GtfsReader.NotAZip, e.Message);
    }

    [Fact]
    public void Read_StopsFileUnpackingPastTheLimit_RefusedNamingTheFile()
    {
        var files = TestFeeds.Minimal();
        // Compresses to a few hundred kB, unpacks past the 64 MB limit: what a zip bomb looks like.
        files["stops.txt"] = "stop_id,stop_name,stop_lat,stop_lon\n" + new string(' ', (int)GtfsReader.MaxOtherFileBytes);

        var e = Assert.Throws<GtfsImportException>(() => GtfsReader.Read(TestFeeds.Zip(files)));

        Assert.Equal("stops.txt", e.FileName);
        Assert.Equal(GtfsReader.TooLargeProblem, e.Problem);
    }

    [Fact]
    public void Read_ZipLyingAboutItsUnpackedSize_StoppedAtTheLimitNamingTheFile()
    {
        var files = TestFeeds.Minimal();
        files["stops.txt"] = "stop_id,stop_name,stop_lat,stop_lon\n" + new string(' ', (int)GtfsReader.MaxOtherFileBytes);
        var zip = TestFeeds.Zip(files).ToArray();
        // Both headers of stops.txt now claim 1 kB unpacked, so the declared-size check passes. What
        // must not happen is unpacking the 64 MB behind it: .NET's zip reader stops at the declared
        // size (and BoundedReadStream would stop it at the limit), so the import fails on the
        // truncated file, naming it, having allocated far less than the file would take.
        Assert.Equal(2, DeclareUnpackedSize(zip, "stops.txt", 1024));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Assert.Throws<GtfsImportException>(() => GtfsReader.Read(new MemoryStream(zip)));

        Assert.Equal("stops.txt", e.FileName);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, GtfsReader.MaxOtherFileBytes / 4);
    }

    /// <summary>Overwrites the uncompressed size in the local header and the central-directory
    /// record of one entry; returns how many headers it changed.</summary>
    private static int DeclareUnpackedSize(byte[] zip, string name, uint size)
    {
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        var changed = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            var (nameLengthAt, nameAt, sizeAt) = signature switch
            {
                0x04034b50 => (26, 30, 22), // local file header
                0x02014b50 => (28, 46, 24), // central directory record
                _ => (-1, -1, -1),
            };
            if (nameAt < 0 || BitConverter.ToUInt16(zip, i + nameLengthAt) != nameBytes.Length
                || !zip.AsSpan(i + nameAt, nameBytes.Length).SequenceEqual(nameBytes))
            {
                continue;
            }
            BitConverter.TryWriteBytes(zip.AsSpan(i + sizeAt, 4), size);
            changed++;
        }
        return changed;
    }

    [Fact]
    public void Read_NonNumericStopLatitude_ThrowsNamingStopsLineNotStopTimes()
    {
        var files = TestFeeds.Minimal();
        files["stops.txt"] = files["stops.txt"].Replace("B,Beta,56.610,16.300", "B,Beta,56,61x,16.300", StringComparison.Ordinal);

        var e = Assert.Throws<GtfsImportException>(() => GtfsReader.Read(TestFeeds.Zip(files)));

        Assert.Equal("stops.txt", e.FileName);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Read_MissingStopTimes_ThrowsNamingTheFile()
    {
        var files = TestFeeds.Minimal();
        files.Remove("stop_times.txt");

        var e = Assert.Throws<GtfsImportException>(() => GtfsReader.Read(TestFeeds.Zip(files)));

        Assert.Equal("stop_times.txt", e.FileName);
        Assert.Contains("missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StopsWithoutLatitudeColumn_ThrowsNamingFileAndColumn()
    {
        var files = TestFeeds.Minimal();
        files["stops.txt"] = "stop_id,stop_name,stop_lon\nA,Alpha,16.3\n";

        var e = Assert.Throws<GtfsImportException>(() => GtfsReader.Read(TestFeeds.Zip(files)));

        Assert.Equal("stops.txt line 1: required column 'stop_lat' is missing", e.Message);
    }

    [Fact]
    public void Read_BadMinutes_ThrowsNamingFileLineAndValue()
    {
        var files = TestFeeds.Minimal();
        files["stop_times.txt"] = files["stop_times.txt"].Replace("25:10:00,25:10:00", "25:61:00,25:61:00", StringComparison.Ordinal);

        var e = Assert.Throws<GtfsImportException>(() => GtfsReader.Read(TestFeeds.Zip(files)));

        Assert.Equal("stop_times.txt", e.FileName);
        Assert.Equal(10, e.Line);
        Assert.Contains("25:61:00", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StopTimeWithUnknownStop_ThrowsNamingTheStop()
    {
        var files = TestFeeds.Minimal();
        files["stop_times.txt"] += "T1,08:10:00,08:10:00,NOPE,4\n";

        var e = Assert.Throws<GtfsImportException>(() => GtfsReader.Read(TestFeeds.Zip(files)));

        Assert.Equal(11, e.Line);
        Assert.Contains("unknown stop_id 'NOPE'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StopTimeWithUnknownTrip_ThrowsNamingTheTrip()
    {
        var files = TestFeeds.Minimal();
        files["stop_times.txt"] += "T9,08:10:00,08:10:00,A,1\n";

        var e = Assert.Throws<GtfsImportException>(() => GtfsReader.Read(TestFeeds.Zip(files)));

        Assert.Contains("stop_times.txt line 11: unknown trip_id 'T9'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAZip_ThrowsImportException()
    {
        using var notZip = new MemoryStream("stop_id,stop_name\n"u8.ToArray());

        Assert.Throws<GtfsImportException>(() => GtfsReader.Read(notZip));
    }

    [Fact]
    public void Read_TripOfUnknownServiceAndStopWithoutCoordinates_AreSkippedAndReported()
    {
        var files = TestFeeds.Minimal();
        files["stops.txt"] += "E,Entrance,,\n";
        files["trips.txt"] += "R1,NOSERVICE,T4\n";
        files["stop_times.txt"] += "T4,08:00:00,08:00:00,A,1\nT4,08:10:00,08:10:00,B,2\n";

        var feed = GtfsReader.Read(TestFeeds.Zip(files));

        Assert.Equal(1, feed.Report.SkippedCount("stop without usable coordinates"));
        Assert.Equal(1, feed.Report.SkippedCount("trip with a service_id missing from the calendar"));
        Assert.DoesNotContain(feed.Trips, t => t.Id == "T4");
        Assert.Contains("T4", feed.Report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UntimedIntermediateStop_IsInterpolated()
    {
        var files = TestFeeds.Minimal();
        files["stop_times.txt"] = files["stop_times.txt"].Replace("T1,07:50:00,07:51:00,B,2", "T1,,,B,2", StringComparison.Ordinal);

        var trip = GtfsReader.Read(TestFeeds.Zip(files)).Trips.Single(t => t.Id == "T1");

        Assert.Equal(TestFeeds.Seconds(7, 50), trip.Arrivals[1]);
    }

    [Fact]
    public void Read_UntimedStopsWithoutShapeDistance_AreTimedByDistanceAlongTheTrip()
    {
        // B three quarters of the way from A to C: it is reached three quarters into the 20 minutes.
        var files = TestFeeds.Minimal();
        files["stops.txt"] = files["stops.txt"].Replace("B,Beta,56.610,16.300", "B,Beta,56.615,16.300", StringComparison.Ordinal);
        files["stop_times.txt"] = files["stop_times.txt"].Replace("T1,07:50:00,07:51:00,B,2", "T1,,,B,2", StringComparison.Ordinal);

        var trip = GtfsReader.Read(TestFeeds.Zip(files)).Trips.Single(t => t.Id == "T1");

        Assert.Equal(TestFeeds.Seconds(7, 55), trip.Arrivals[1]);
        Assert.Equal(TestFeeds.Seconds(7, 55), trip.Departures[1]);
    }

    [Fact]
    public void Read_UntimedStopsWithShapeDistance_AreTimedByTheShapeNotTheStraightLine()
    {
        // Evenly spaced stops, but the shape says the road to B is long (9 of 10 units).
        var files = TestFeeds.Minimal();
        files["stop_times.txt"] = "trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_traveled\n"
            + "T1,07:40:00,07:40:00,A,1,0\nT1,,,B,2,9\nT1,08:00:00,08:00:00,C,3,10\n"
            + "T2,09:40:00,09:40:00,A,1,\nT2,,,B,2,\nT2,10:00:00,10:00:00,C,3,\n";

        var trips = GtfsReader.Read(TestFeeds.Zip(files)).Trips;

        Assert.Equal(TestFeeds.Seconds(7, 58), trips.Single(t => t.Id == "T1").Arrivals[1]);
        // No shape distances: the straight line, here halfway.
        Assert.Equal(TestFeeds.Seconds(9, 50), trips.Single(t => t.Id == "T2").Arrivals[1]);
    }

    [Fact]
    public void Read_CartaTripTimedOnlyAtItsEnds_PutsStopsWhereTheBusCanBe()
    {
        // Trip 103380020 leaves stop 899 at 18:35 and reaches stop 690 at 19:27, 17 stops, no times
        // between. Stop 1487 (20TH, sequence 2) is 13.6 km along: by position it was put at 18:38:15,
        // a bus at 250 km/h; by distance it is reached at about 19:11.
        var feed = GtfsReader.Read(TestFeeds.PathOf("carta-chattanooga-gtfs.zip"));
        var trip = feed.Trips.Single(t => t.Id == "103380020");
        var at = Array.FindIndex(trip.Stops, s => feed.Stops[s].Id == "1487");

        Assert.Equal(1, at);
        Assert.InRange(trip.Arrivals[at], TestFeeds.Seconds(19, 10), TestFeeds.Seconds(19, 12));
        for (var i = 1; i < trip.Stops.Length; i++)
        {
            Assert.True(trip.Arrivals[i] >= trip.Departures[i - 1], $"stop {i} is reached before the previous one is left");
        }
    }

    [Fact]
    public void Read_Kalmar_ReadsAllStopsWithQuotedNamesAndBothTrips()
    {
        var tt = TestFeeds.Kalmar;

        Assert.Equal(9375, tt.StopCount);
        Assert.Contains("Skansenskolan, kansliet", tt.StopNames);
        Assert.Equal(2, tt.TripCount);
        Assert.Equal(["Kalmar Länstrafik"], tt.Agencies);
        Assert.Equal(new DateOnly(2019, 5, 17), tt.ServiceStart);
        Assert.Equal(new DateOnly(2019, 6, 15), tt.ServiceEnd);
    }

    [Fact]
    public void Read_Carta_ReadsEveryTripAndStopTimeAndReportsTheStopWithoutCoordinates()
    {
        // stops.txt line 759: "952,952,BRAINERD RD AT KRISPY KREME,,,,," (no coordinates, no stop_times).
        var feed = GtfsReader.Read(TestFeeds.PathOf("carta-chattanooga-gtfs.zip"));
        Assert.Equal(1, feed.Report.SkippedCount("stop without usable coordinates"));
        Assert.Contains("stops.txt line 759 (952)", feed.Report.ToString(), StringComparison.Ordinal);
        var tt = TestFeeds.Carta;

        Assert.Equal(1236, tt.StopCount);
        Assert.Equal(2244, tt.TripCount);
        Assert.Equal(85120, tt.StopEventCount);
    }

    [Fact]
    public void Read_FrequenciesPresent_ReportedAsNotExpanded()
    {
        var files = TestFeeds.Minimal();
        files["frequencies.txt"] = "trip_id,start_time,end_time,headway_secs\nT1,06:00:00,09:00:00,600\n";

        var feed = GtfsReader.Read(TestFeeds.Zip(files));

        Assert.Contains(feed.Report.Skipped, s => s.Reason.StartsWith("frequencies.txt", StringComparison.Ordinal));
    }
}
