using System.Globalization;

namespace Marketplace.Web.Access;

/// <summary>The reasons the server logs for a view of a candidate's data. Each comes from the
/// context the server knows — the page or endpoint, the placement, the shortlist entry, the
/// agreement — and never from the request: the candidate reads them in "who viewed me", and a
/// caller who could choose one could make any view look lawful.</summary>
public static class ViewPurposes
{
    public const string Caseload = "caseload";
    public const string Edit = "edit";
    public const string Matching = "matching";
    public const string Export = "export";
    public const string Own = "own";
    public const string ListPrefix = "list:";

    public static string Placement(int placementId) => "placement:" + placementId.ToString(CultureInfo.InvariantCulture);
    public static string Agreement(int agreementId) => "agreement:" + agreementId.ToString(CultureInfo.InvariantCulture);
    public static string Meeting(int meetingId) => "meeting:" + meetingId.ToString(CultureInfo.InvariantCulture);
    public static string Shortlist(int placementId) => "shortlist:" + placementId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Shown in a list for <paramref name="purpose"/>, e.g. "list:placement:42".</summary>
    public static string Listed(string purpose) => purpose.StartsWith(ListPrefix, StringComparison.Ordinal) ? purpose : ListPrefix + purpose;

    public static bool IsListed(string purpose) => purpose.StartsWith(ListPrefix, StringComparison.Ordinal);

    /// <summary>The id after <paramref name="kind"/>: in "placement:42", "list:placement:42" and "shortlist:42" alike for "placement"/"shortlist".</summary>
    public static int? IdOf(string purpose, string kind)
    {
        var bare = IsListed(purpose) ? purpose[ListPrefix.Length..] : purpose;
        var prefix = kind + ":";
        return bare.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(bare.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
