using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Commute;

/// <summary>Walk, bike and car estimates from straight-line distance × a detour factor at typical
/// speeds (PRODUCT.md, Commute). Public transport is not estimated here: a timetable provider
/// adds it. Constants are deliberately plain so a coach can check an explanation by hand.</summary>
public sealed class DistanceCommuteProvider : ICommuteProvider, ICommuteTable
{
    /// <summary>Roads and paths are longer than the straight line; 1.3 is the usual urban/rural average.</summary>
    public const double DetourFactor = 1.3;
    public const double WalkKmh = 5.0;
    public const double BikeKmh = 15.0;
    public const double CarKmh = 60.0;
    /// <summary>Walking to the car, parking and walking in.</summary>
    public const int CarOverheadMinutes = 5;

    private readonly GeoPoint _workplace;

    public DistanceCommuteProvider() { }

    private DistanceCommuteProvider(GeoPoint workplace) => _workplace = workplace;

    public ICommuteTable ForWorkplace(GeoPoint workplace, ArrivalWindow arrival) => new DistanceCommuteProvider(workplace);

    public CommuteEstimate? Best(GeoPoint home, TransportModes modes) => Best(home, _workplace, modes);

    public int? BestMinutes(GeoPoint home, TransportModes modes) => Fastest(home, _workplace, modes)?.Minutes;

    public static CommuteEstimate? Best(GeoPoint home, GeoPoint workplace, TransportModes modes) =>
        Fastest(home, workplace, modes) is { } f ? new CommuteEstimate(f.Minutes, f.Mode) : null;

    /// <summary>The fastest usable mode without allocating; on equal minutes the first of walk, bike, car.</summary>
    public static (int Minutes, CommuteMode Mode)? Fastest(GeoPoint home, GeoPoint workplace, TransportModes modes)
    {
        var km = home.DistanceKm(workplace) * DetourFactor;
        (int Minutes, CommuteMode Mode)? best = null;
        if ((modes & TransportModes.Walk) != 0) best = Faster(best, Minutes(km, WalkKmh), CommuteMode.Walk);
        if ((modes & TransportModes.Bike) != 0) best = Faster(best, Minutes(km, BikeKmh), CommuteMode.Bike);
        if ((modes & TransportModes.Car) != 0) best = Faster(best, Minutes(km, CarKmh) + CarOverheadMinutes, CommuteMode.Car);
        return best;
    }

    private static (int Minutes, CommuteMode Mode)? Faster((int Minutes, CommuteMode Mode)? best, int minutes, CommuteMode mode) =>
        best is null || minutes < best.Value.Minutes ? (minutes, mode) : best;

    private static int Minutes(double km, double kmh) => (int)Math.Ceiling(km / kmh * 60.0);
}
