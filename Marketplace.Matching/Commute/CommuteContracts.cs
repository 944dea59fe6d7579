using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Commute;

/// <summary>The ways a candidate can travel. Car needs both a licence and access to a car;
/// the caller decides that before setting the flag.</summary>
[Flags]
public enum TransportModes
{
    None = 0,
    Walk = 1,
    Bike = 2,
    PublicTransport = 4,
    Car = 8,
}

/// <summary>The mode a commute estimate was computed for (one mode, not flags).</summary>
public enum CommuteMode
{
    Walk,
    Bike,
    PublicTransport,
    Car,
}

/// <summary>Door-to-door estimate for one candidate. Transfers are 0 except for public transport.</summary>
public sealed record CommuteEstimate(int Minutes, CommuteMode Mode, int Transfers = 0);

/// <summary>When the commute must arrive: a service day and an arrival window at the workplace
/// (PRODUCT.md: default a weekday 08:00, window 07:00–08:30).</summary>
public sealed record ArrivalWindow(DateOnly ServiceDay, TimeOnly Earliest, TimeOnly Latest)
{
    public static ArrivalWindow DefaultFor(DateOnly startDate)
    {
        var day = startDate;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }
        return new ArrivalWindow(day, new TimeOnly(7, 0), new TimeOnly(8, 30));
    }
}

/// <summary>Computes commutes to one workplace. Implementations do the expensive part once per
/// workplace (for public transport: one reverse one-to-many timetable search) in
/// <see cref="ForWorkplace"/>; the returned table then answers every candidate cheaply.</summary>
public interface ICommuteProvider
{
    ICommuteTable ForWorkplace(GeoPoint workplace, ArrivalWindow arrival);
}

/// <summary>Commute answers for one workplace. Thread-safe for reads.</summary>
public interface ICommuteTable
{
    /// <summary>The fastest estimate among the modes the candidate can use, or null when no
    /// usable mode reaches the workplace at all.</summary>
    CommuteEstimate? Best(GeoPoint home, TransportModes modes);

    /// <summary>The minutes of <see cref="Best"/>, or null when it is null; must always equal
    /// <c>Best(home, modes)?.Minutes</c>. The index asks this once per home point and query (about
    /// 15 000 times at 1 M candidates), so implementations answer it without allocating.</summary>
    int? BestMinutes(GeoPoint home, TransportModes modes) => Best(home, modes)?.Minutes;
}
