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
    public static bool Reachable(CommuteEstimate? estimate, int maxCommuteMinutes) =>
        estimate is not null && estimate.Minutes <= maxCommuteMinutes;

    /// <summary>True when every constraint holds (the fast path: no allocation).</summary>
    public static bool Pass(in ConstraintFacts c, PlacementQuery q, CommuteEstimate? estimate) =>
        c.SearchableAndConsenting
        && c.AvailableFromDay <= q.StartDay
        && (q.LicenceMask == 0 || (c.LicenceMask & q.LicenceMask) != 0)
        && c.SwedishEncoded / 100 >= q.MinSwedishAccepted
        && Reachable(estimate, c.MaxCommuteMinutes);

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
