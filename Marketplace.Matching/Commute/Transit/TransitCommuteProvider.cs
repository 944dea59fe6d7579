using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Commute.Transit;

/// <summary>Public transport commutes from a timetable, plus walk/bike/car from
/// <see cref="DistanceCommuteProvider"/>. <see cref="ForWorkplace"/> runs ONE window search per
/// workplace; every candidate is then a lookup of the stops around their home. Tables are cached per
/// (workplace, window, timetable version); <see cref="ReplaceTimetable"/> swaps the timetable
/// atomically and empties the cache.</summary>
public sealed class TransitCommuteProvider : ICommuteProvider
{
    private readonly BoundedCache<(GeoPoint, ArrivalWindow, long), TransitCommuteTable> _cache;
    private readonly TransitOptions _options;
    private Timetable _timetable;

    public TransitCommuteProvider(Timetable timetable, TransitOptions? options = null, int cacheCapacity = 256)
    {
        _timetable = timetable;
        _options = options ?? TransitOptions.Default;
        _cache = new BoundedCache<(GeoPoint, ArrivalWindow, long), TransitCommuteTable>(cacheCapacity);
    }

    public Timetable Timetable => Volatile.Read(ref _timetable);

    public int CachedTables => _cache.Count;

    /// <summary>Use a newly imported timetable; tables of the old one are dropped (and could never be
    /// hit again anyway, as the version is part of the key).</summary>
    public void ReplaceTimetable(Timetable timetable)
    {
        Volatile.Write(ref _timetable, timetable);
        _cache.Clear();
    }

    public ICommuteTable ForWorkplace(GeoPoint workplace, ArrivalWindow arrival)
    {
        var tt = Timetable;
        return _cache.GetOrAdd((workplace, arrival, tt.Version),
            () => new TransitCommuteTable(tt, workplace, WindowSearch.Run(tt, workplace, arrival, _options), _options));
    }
}

/// <summary>Commutes to one workplace. Immutable after construction, so reads are thread-safe.</summary>
public sealed class TransitCommuteTable : ICommuteTable
{
    private readonly Timetable _timetable;
    private readonly GeoPoint _workplace;
    private readonly StopTravelTimes _times;
    private readonly double _accessKm;

    public TransitCommuteTable(Timetable timetable, GeoPoint workplace, StopTravelTimes times, TransitOptions options)
    {
        _timetable = timetable;
        _workplace = workplace;
        _times = times;
        _accessKm = options.AccessMeters / 1000.0;
    }

    public StopTravelTimes StopTimes => _times;

    public CommuteEstimate? Best(GeoPoint home, TransportModes modes)
    {
        var best = DistanceCommuteProvider.Best(home, _workplace, modes);
        if (modes.HasFlag(TransportModes.PublicTransport))
        {
            var transit = PublicTransport(home);
            if (transit is not null && (best is null || transit.Minutes < best.Minutes))
            {
                best = transit;
            }
        }
        return best;
    }

    /// <summary>Best walk-to-stop + ride (including the walk from the last stop), or null. Journeys
    /// that are walking only (Legs 0) are left to the Walk mode.</summary>
    public CommuteEstimate? PublicTransport(GeoPoint home)
    {
        var state = (Times: _times, Seconds: int.MaxValue, Transfers: 0);
        _timetable.Grid.ForEachWithin(home, _accessKm, ref state, static (ref (StopTravelTimes Times, int Seconds, int Transfers) st, int s, double km) =>
        {
            var ride = st.Times.Seconds[s];
            if (ride == int.MaxValue || st.Times.Legs[s] == 0) return;
            var total = ride + TransitOptions.WalkSeconds(km * 1000);
            if (total < st.Seconds || (total == st.Seconds && st.Times.Transfers[s] < st.Transfers))
            {
                st.Seconds = total;
                st.Transfers = st.Times.Transfers[s];
            }
        });
        return state.Seconds == int.MaxValue
            ? null
            : new CommuteEstimate((int)Math.Ceiling(state.Seconds / 60.0), CommuteMode.PublicTransport, state.Transfers);
    }
}
