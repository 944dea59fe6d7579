using Marketplace.Matching.Commute;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Scoring;

/// <summary>Reduces a <see cref="CandidateDocument"/> to the values scoring uses. Deliberately
/// never touches <see cref="CandidateDocument.Protected"/>.</summary>
public static class CandidateFacts
{
    public static ConstraintFacts Constraints(CandidateDocument c) => new(
        c.Searchable && c.Consent,
        c.AvailableFrom.DayNumber,
        DrivingLicences.Mask(c.Licences),
        c.Swedish.Encoded,
        c.MaxCommuteMinutes);

    public static ScoreInputs Inputs(CandidateDocument c, PlacementQuery q, CommuteEstimate estimate)
    {
        int required = 0, nice = 0, related = 0;
        foreach (var s in c.Skills.Distinct(StringComparer.Ordinal))
        {
            if (q.RequiredSet.Contains(s)) required++;
            else if (q.NiceSet.Contains(s)) nice++;
            else if (q.RelatedSet.Contains(s)) related++;
        }
        var years = 0;
        foreach (var e in c.Experience)
        {
            if (string.Equals(e.GroupId, q.Placement.GroupId, StringComparison.Ordinal)) years = Math.Max(years, e.Years);
        }
        var useful = c.OtherLanguages.Distinct(StringComparer.Ordinal).Count(q.UsefulSet.Contains);
        return new ScoreInputs(
            q.Required.Length, required, q.NiceToHave.Length, nice, related, ClampYears(years),
            c.Swedish.Encoded, (int)q.Placement.MinSwedish, q.Useful.Length, useful,
            estimate.Minutes, c.MaxCommuteMinutes, IsInterested(c.Interests, q));
    }

    /// <summary>The index stores years in a small range; clamping here keeps both paths equal.</summary>
    public static int ClampYears(int years) => Math.Clamp(years, 0, 99);

    public static bool IsInterested(IEnumerable<string> interests, PlacementQuery q) =>
        interests.Any(i => string.Equals(i, q.Placement.GroupId, StringComparison.Ordinal)
                        || (q.Placement.OccupationFieldId is { } f && string.Equals(i, f, StringComparison.Ordinal)));
}
