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
    private int _windowSearches;

    public TransitCommuteProvider(Timetable timetable, TransitOptions? options = null, int cacheCapacity = 256)
    {
        _timetable = timetable;
        _options = options ?? TransitOptions.Default;
        _cache = new BoundedCache<(GeoPoint, ArrivalWindow, long), TransitCommuteTable>(cacheCapacity);
    }

    public Timetable Timetable => Volatile.Read(ref _timetable);

    public int CachedTables => _cache.Count;

    /// <summary>Window searches run so far (cache misses): one per workplace and window, never per candidate.</summary>
    public int WindowSearches => Volatile.Read(ref _windowSearches);

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
        return _cache.GetOrAdd((workplace, arrival, tt.Version), () =>
        {
            Interlocked.Increment(ref _windowSearches);
            return new TransitCommuteTable(tt, workplace, WindowSearch.Run(tt, workplace, arrival, _options), _options);
        });
    }
}

/// <summary>Commutes to one workplace. Immutable after construction, so reads are thread-safe.</summary>
public sealed class TransitCommuteTable : ICommuteTable
{
    private readonly GeoPoint _workplace;
    private readonly StopTravelTimes _times;
    private readonly double _accessKm;
    private readonly StopGrid _reachable;
    private readonly int[] _reachableStops;
    private int _memoCount;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<GeoPoint, CommuteEstimate?> _memo = new();

    public TransitCommuteTable(Timetable timetable, GeoPoint workplace, StopTravelTimes times, TransitOptions options)
    {
        _workplace = workplace;
        _times = times;
        _accessKm = options.AccessMeters / 1000.0;
        // A grid over only the stops that reach the workplace by transit: candidate lookups skip the
        // rest of the region, which is most of it for a rural workplace.
        _reachableStops = Enumerable.Range(0, times.Seconds.Length)
            .Where(s => times.Seconds[s] != int.MaxValue && times.Legs[s] > 0)
            .ToArray();
        _reachable = new StopGrid(
            _reachableStops.Select(s => timetable.StopLat[s]).ToArray(),
            _reachableStops.Select(s => timetable.StopLon[s]).ToArray());
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

    public int? BestMinutes(GeoPoint home, TransportModes modes)
    {
        var best = DistanceCommuteProvider.Fastest(home, _workplace, modes)?.Minutes;
        if ((modes & TransportModes.PublicTransport) != 0 && PublicTransport(home) is { } transit && (best is null || transit.Minutes < best))
        {
            best = transit.Minutes;
        }
        return best;
    }

    /// <summary>Stored homes are snapped to a 250 m grid or are postcode centroids (PRODUCT.md), so
    /// many candidates share a point: remember answers per point, up to a bound that keeps a table of
    /// arbitrary points from growing without limit.</summary>
    private const int MemoLimit = 250_000;

    /// <summary>Best walk-to-stop + ride (including the walk from the last stop), or null. Journeys
    /// that are walking only (Legs 0) are left to the Walk mode.</summary>
    public CommuteEstimate? PublicTransport(GeoPoint home)
    {
        // Keyed by the exact point: answers must not depend on which nearby point was asked first.
        if (_memo.TryGetValue(home, out var known))
        {
            return known;
        }
        var estimate = ComputePublicTransport(home);
        // Our own counter: ConcurrentDictionary.Count takes every lock (up to 1 024 of them once the
        // table grows); calling it per miss made 100 000 lookups on the generated region 15× slower.
        if (Volatile.Read(ref _memoCount) < MemoLimit && _memo.TryAdd(home, estimate))
        {
            Interlocked.Increment(ref _memoCount);
        }
        return estimate;
    }

    private CommuteEstimate? ComputePublicTransport(GeoPoint home)
    {
        var state = (Times: _times, Stops: _reachableStops, Seconds: int.MaxValue, Transfers: 0);
        _reachable.ForEachWithin(home, _accessKm, ref state,
            static (ref (StopTravelTimes Times, int[] Stops, int Seconds, int Transfers) st, int i, double km) =>
        {
            var s = st.Stops[i];
            var ride = st.Times.Seconds[s];
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
