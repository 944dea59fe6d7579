using Marketplace.Matching.Commute.Gtfs;
using Marketplace.Matching.Commute.Transit;
using static Marketplace.Matching.Tests.Commute.TestFeeds;

namespace Marketplace.Matching.Tests.Commute;

public class ReverseConnectionScanTests
{
    private static readonly DateOnly CartaWednesday = new(2014, 9, 3);
    private static readonly DateOnly CartaSaturday = new(2014, 9, 6);
    private static readonly DateOnly CartaSunday = new(2014, 9, 7);
    private static readonly DateOnly LaborDay = new(2014, 9, 1); // weekday service removed in calendar_dates

    private static readonly Lazy<Timetable> CartaWithoutFootpaths = new(() =>
        GtfsImporter.Import(PathOf("carta-chattanooga-gtfs.zip"), TransitOptions.Default with { FootpathMeters = 0 }).Timetable);

    private static Timetable Minimal() => GtfsImporter.Import(Zip(TestFeeds.Minimal())).Timetable;

    /// <summary>The minimal feed with pickup_type/drop_off_type set for trip T1 at stop B.</summary>
    private static Timetable MinimalWithTypesAtB(int pickupType, int dropOffType)
    {
        var files = TestFeeds.Minimal();
        files["stop_times.txt"] = files["stop_times.txt"]
            .Replace("stop_sequence\n", "stop_sequence,pickup_type,drop_off_type\n", StringComparison.Ordinal)
            .Replace("T1,07:50:00,07:51:00,B,2", $"T1,07:50:00,07:51:00,B,2,{pickupType},{dropOffType}", StringComparison.Ordinal);
        return GtfsImporter.Import(Zip(files)).Timetable;
    }

    private static ReverseSearchResult Search(Timetable tt, string target, DateOnly day, int deadline) =>
        ReverseConnectionScan.Run(tt, [new TargetStop(tt.Stop(target), 0)], day, deadline);

    [Fact]
    public void Run_MinimalWeekday_LatestDepartureIsTheTripsDeparture()
    {
        var tt = Minimal();

        var r = Search(tt, "C", new DateOnly(2026, 1, 5), Seconds(8, 0));

        Assert.Equal(Seconds(7, 40), r.LatestDeparture[tt.Stop("A")]);
        Assert.Equal(Seconds(7, 51), r.LatestDeparture[tt.Stop("B")]);
        Assert.Equal(0, r.Transfers(tt.Stop("A")));
        Assert.Equal(1, r.Legs[tt.Stop("A")]);
    }

    [Fact]
    public void Run_DeadlineOneMinuteBeforeArrival_StopIsUnreachable()
    {
        var tt = Minimal();

        var r = Search(tt, "C", new DateOnly(2026, 1, 5), Seconds(7, 59));

        Assert.False(r.Reached(tt.Stop("A")));
        Assert.False(r.Reached(tt.Stop("D")));
    }

    [Fact]
    public void Run_NoPickupAtIntermediateStop_CannotBoardThereButRidesThrough()
    {
        var tt = MinimalWithTypesAtB(pickupType: 1, dropOffType: 0);

        var r = Search(tt, "C", new DateOnly(2026, 1, 5), Seconds(8, 0));

        Assert.False(r.Reached(tt.Stop("B")));
        Assert.Equal(Seconds(7, 40), r.LatestDeparture[tt.Stop("A")]);
    }

    [Fact]
    public void Run_NoDropOffAtTarget_CannotArriveThere()
    {
        var tt = MinimalWithTypesAtB(pickupType: 0, dropOffType: 1);

        var toB = Search(tt, "B", new DateOnly(2026, 1, 5), Seconds(7, 55));
        var toC = Search(tt, "C", new DateOnly(2026, 1, 5), Seconds(8, 0));

        Assert.False(toB.Reached(tt.Stop("A")));
        Assert.Equal(Seconds(7, 40), toC.LatestDeparture[tt.Stop("A")]);
    }

    [Fact]
    public void Run_WeekdayRemovedByCalendarDates_TripDoesNotRun()
    {
        var tt = Minimal();

        var r = Search(tt, "C", new DateOnly(2026, 1, 6), Seconds(8, 0));

        Assert.False(r.Reached(tt.Stop("A")));
    }

    [Fact]
    public void Run_TripPastMidnightOfPreviousServiceDay_ReachesIntoTheNextDay()
    {
        var tt = Minimal();

        // T3 is Monday's trip 24:50 → 25:10, i.e. Tuesday 00:50 → 01:10.
        var r = Search(tt, "C", new DateOnly(2026, 1, 13), Seconds(1, 10));

        Assert.Equal(Seconds(0, 50), r.LatestDeparture[tt.Stop("A")]);
    }

    [Fact]
    public void Run_TripPastMidnight_UsableOnItsOwnServiceDayAsWell()
    {
        var tt = Minimal();

        var r = Search(tt, "C", new DateOnly(2026, 1, 12), Seconds(25, 10));

        Assert.Equal(Seconds(24, 50), r.LatestDeparture[tt.Stop("A")]);
    }

    [Fact]
    public void Run_CartaRoute1Weekday_EqualsStopTimesOfTrip102173020()
    {
        // stop_times.txt: trip 102173020 (service 305, weekdays) leaves stop 82 at 07:15:00 and
        // reaches stop 145 at 07:40:00; no later weekday trip links them by 07:40.
        var tt = Carta;

        var r = Search(tt, "145", CartaWednesday, Seconds(7, 40));

        Assert.Equal(Seconds(7, 15), r.LatestDeparture[tt.Stop("82")]);
    }

    [Fact]
    public void Run_CartaSaturday_UsesTheSaturdayTimetable()
    {
        // Saturday service 58: trip 102215070 leaves stop 82 at 07:05:00, reaches 145 at 07:35:00.
        var tt = Carta;

        var weekday = Search(tt, "145", CartaWednesday, Seconds(7, 40));
        var saturday = Search(tt, "145", CartaSaturday, Seconds(7, 40));

        Assert.Equal(Seconds(7, 5), saturday.LatestDeparture[tt.Stop("82")]);
        Assert.NotEqual(weekday.LatestDeparture[tt.Stop("82")], saturday.LatestDeparture[tt.Stop("82")]);
    }

    [Fact]
    public void Run_CartaSundayAndHoliday_NoWeekdayTrips()
    {
        var tt = Carta;

        var sunday = Search(tt, "145", CartaSunday, Seconds(7, 40));
        var holiday = Search(tt, "145", LaborDay, Seconds(7, 40));

        Assert.NotEqual(Seconds(7, 15), sunday.LatestDeparture[tt.Stop("82")]);
        Assert.NotEqual(Seconds(7, 15), holiday.LatestDeparture[tt.Stop("82")]);
    }

    [Fact]
    public void Run_CartaWithOneChange_DeparturesEqualStopTimesAndOneTransfer()
    {
        // stop_times.txt: trip 102762020 leaves 454 (56TH & ST ELMO AVE) at 06:45:00 and passes 488
        // (7TH, untimed, interpolated ~07:09); trip 103375020 passes 488 (~07:45) and reaches 1351
        // (MARKET & 4TH) at 07:50:00. No single trip links 454 to 1351 by 08:00. Footpaths are off
        // here: with them, 102762020 passes a stop a short walk from 1351, a journey without a change.
        var tt = CartaWithoutFootpaths.Value;

        var r = Search(tt, "1351", CartaWednesday, Seconds(8, 0));

        Assert.Equal(Seconds(6, 45), r.LatestDeparture[tt.Stop("454")]);
        Assert.Equal(1, r.Transfers(tt.Stop("454")));
    }

    [Fact]
    public void Run_CartaWithFootpaths_RidesTheFirstTripAndWalksWithoutAChange()
    {
        var tt = Carta;

        var r = Search(tt, "1351", CartaWednesday, Seconds(8, 0));

        Assert.True(r.LatestDeparture[tt.Stop("454")] >= Seconds(6, 45));
        Assert.Equal(0, r.Transfers(tt.Stop("454")));
    }

    [Fact]
    public void Run_Kalmar_EqualsStopTimesOfTheWeekdayTrip()
    {
        // stop_times.txt: trip 88100000084251292 (service 1, weekdays in May–June 2019) leaves
        // 9022008950194001 (seq 1, pickup_type 3) at 12:02:00 and reaches 9022008834024001
        // (seq 3, drop_off_type 3) at 12:05:00; the stops are 0.9 km apart, beyond a footpath.
        var tt = Kalmar;

        var r = Search(tt, "9022008834024001", new DateOnly(2019, 5, 20), Seconds(12, 5));
        var tooEarly = Search(tt, "9022008834024001", new DateOnly(2019, 5, 20), Seconds(12, 4, 59));

        Assert.Equal(Seconds(12, 2), r.LatestDeparture[tt.Stop("9022008950194001")]);
        Assert.False(tooEarly.Reached(tt.Stop("9022008950194001")));
    }

    [Fact]
    public void Run_KalmarStopWithDropOffType1_CannotBeAlightedAt()
    {
        // The same trip reaches 9022008950193001 (seq 2) at 12:03:00, but its drop_off_type is 1.
        var tt = Kalmar;

        var r = Search(tt, "9022008950193001", new DateOnly(2019, 5, 20), Seconds(12, 3));

        Assert.False(r.Reached(tt.Stop("9022008950194001")));
    }
}
