using Marketplace.Matching.Commute;

namespace Marketplace.Matching.Scoring;

public enum HardConstraint
{
    NotSearchable,
    NotAvailable,
    NotReachable,
    MissingLicence,
    SwedishTooLow,
}

/// <summary>The facts the hard constraints look at, as plain values (from a document or doc values).</summary>
public readonly record struct ConstraintFacts(
    bool SearchableAndConsenting,
    int AvailableFromDay,
    int LicenceMask,
    int SwedishEncoded,
    int MaxCommuteMinutes);

/// <summary>PRODUCT.md's hard constraints. One implementation serves the index, the brute-force
/// scorer and the "why is this candidate not ranked" explanation.</summary>
public static class HardConstraints
{
    public static bool Reachable(CommuteEstimate? estimate, int maxCommuteMinutes) => Reachable(estimate?.Minutes, maxCommuteMinutes);

    /// <param name="commuteMinutes">The best commute, null when no usable mode reaches the workplace.</param>
    public static bool Reachable(int? commuteMinutes, int maxCommuteMinutes) =>
        commuteMinutes is { } minutes && minutes <= maxCommuteMinutes;

    /// <summary>True when every constraint holds (the fast path: no allocation).</summary>
    public static bool Pass(in ConstraintFacts c, PlacementQuery q, CommuteEstimate? estimate) => Pass(c, q, estimate?.Minutes);

    /// <summary>The same check with the commute as minutes (the index caches minutes, not estimates).</summary>
    public static bool Pass(in ConstraintFacts c, PlacementQuery q, int? commuteMinutes) =>
        c.SearchableAndConsenting
        && c.AvailableFromDay <= q.StartDay
        && (q.LicenceMask == 0 || (c.LicenceMask & q.LicenceMask) != 0)
        && c.SwedishEncoded / 100 >= q.MinSwedishAccepted
        && Reachable(commuteMinutes, c.MaxCommuteMinutes);

    /// <summary>Every failed constraint, in a fixed order, for explanations.</summary>
    public static IReadOnlyList<HardConstraint> Failures(in ConstraintFacts c, PlacementQuery q, CommuteEstimate? estimate)
    {
        var failures = new List<HardConstraint>();
        if (!c.SearchableAndConsenting) failures.Add(HardConstraint.NotSearchable);
        if (c.AvailableFromDay > q.StartDay) failures.Add(HardConstraint.NotAvailable);
        if (!Reachable(estimate, c.MaxCommuteMinutes)) failures.Add(HardConstraint.NotReachable);
        if (q.LicenceMask != 0 && (c.LicenceMask & q.LicenceMask) == 0) failures.Add(HardConstraint.MissingLicence);
        if (c.SwedishEncoded / 100 < q.MinSwedishAccepted) failures.Add(HardConstraint.SwedishTooLow);
        return failures;
    }
}
