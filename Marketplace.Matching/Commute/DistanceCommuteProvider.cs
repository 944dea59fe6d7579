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

    public static CommuteEstimate? Best(GeoPoint home, GeoPoint workplace, TransportModes modes)
    {
        var km = home.DistanceKm(workplace) * DetourFactor;
        CommuteEstimate? best = null;
        void Consider(CommuteMode mode, int minutes)
        {
            if (best is null || minutes < best.Minutes)
            {
                best = new CommuteEstimate(minutes, mode);
            }
        }
        if (modes.HasFlag(TransportModes.Walk)) Consider(CommuteMode.Walk, Minutes(km, WalkKmh));
        if (modes.HasFlag(TransportModes.Bike)) Consider(CommuteMode.Bike, Minutes(km, BikeKmh));
        if (modes.HasFlag(TransportModes.Car)) Consider(CommuteMode.Car, Minutes(km, CarKmh) + CarOverheadMinutes);
        return best;
    }

    private static int Minutes(double km, double kmh) => (int)Math.Ceiling(km / kmh * 60.0);
}
