using System.Globalization;
using System.Text;

namespace Marketplace.Web.Workflows;

/// <summary>The caseload's free-text search: every word of the query must be in the first or last
/// name, so "Yulia Kovalenko" finds her; accents and case do not matter ("Begic" finds "Begić",
/// "asa" finds "Åsa"); digits are a postcode prefix ("392" or "392 34").</summary>
/// <remarks>Done in memory on a narrow projection rather than in SQL: SQLite's LIKE folds ASCII case
/// only and MariaDB's Swedish collation folds accents its own way, so the same search would find
/// different people on the two databases. A caseload is one unit's participants (hundreds), and
/// the other filters have already narrowed it in SQL.</remarks>
public static class CaseloadSearch
{
    public sealed record Row(int Id, string FirstName, string LastName, string HomePostcode);

    public static Func<Row, bool> Matcher(string query)
    {
        var compact = new string(query.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length > 0 && compact.All(char.IsAsciiDigit))
        {
            return r => Digits(r.HomePostcode).StartsWith(compact, StringComparison.Ordinal);
        }
        var words = Fold(query).Split([' ', ',', '-', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return r =>
        {
            var name = Fold(r.FirstName + " " + r.LastName);
            return words.All(w => name.Contains(w, StringComparison.Ordinal)
                || (w.All(char.IsAsciiDigit) && Digits(r.HomePostcode).StartsWith(w, StringComparison.Ordinal)));
        };
    }

    /// <summary>Lower case without diacritics: "Begić" → "begic", "Ødegård" → "odegard".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            // Letters that carry their mark inside and do not decompose.
            sb.Append(char.ToLowerInvariant(ch) switch
            {
                'ø' => "o",
                'æ' => "ae",
                'œ' => "oe",
                'ß' => "ss",
                'đ' => "d",
                'ł' => "l",
                'ı' => "i",
                var c => c.ToString(),
            });
        }
        return sb.ToString();
    }

    private static string Digits(string postcode) => new(postcode.Where(char.IsAsciiDigit).ToArray());
}
