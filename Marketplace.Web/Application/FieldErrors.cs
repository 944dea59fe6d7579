using System.ComponentModel.DataAnnotations;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Application;

/// <summary>Collects field errors for rules that need the database (taxonomy ids, postcodes) after
/// the attribute rules have passed; nothing is written unless the whole request is valid.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    /// <summary>Field name → messages, for pages that show them next to their fields.</summary>
    public IReadOnlyDictionary<string, List<string>> All => _errors;

    /// <summary>Runs a request's DataAnnotations, as the API does, for pages that post a form and
    /// build the same request from it.</summary>
    public void AddAttributeErrors(object request)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            results.ForEach(r => Add(r.MemberNames.FirstOrDefault() ?? "", r.ErrorMessage ?? ""));
        }
    }

    /// <summary>What no client may send, checked on a request and on the records in its lists, in
    /// one walk:
    /// - every enum value is one the product knows: System.Text.Json and the form binder both
    ///   accept any number for an enum ("sfiCourse": 12345), and such a value was stored, then broke
    ///   ranking and start-up; flags enums may combine only defined bits;
    /// - no control characters in text: a NUL or a line break in a name or a meeting place breaks
    ///   e-mail headers, calendar files and every list it is shown in. Text marked
    ///   <see cref="MultiLineAttribute"/> may hold line breaks and tabs, nothing else below a space.</summary>
    public void CheckClientValues(object request, string prefix = "")
    {
        foreach (var property in request.GetType().GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            var field = prefix + property.Name;
            switch (property.GetValue(request))
            {
                case Enum e when !IsDefined(e.GetType(), e):
                    // A rule that already named this field said it better.
                    if (!_errors.ContainsKey(field))
                    {
                        Add(field, "Choose one of the listed values.");
                    }
                    break;
                case string text:
                    var multiLine = property.IsDefined(typeof(MultiLineAttribute), true);
                    if (text.Any(c => char.IsControl(c) && !(multiLine && c is '\r' or '\n' or '\t')))
                    {
                        Add(field, multiLine ? "Remove the control characters from the text." : "Write this on one line, without control characters.");
                    }
                    break;
                case System.Collections.IEnumerable items:
                    foreach (var item in items)
                    {
                        if (item is Enum ie && !IsDefined(ie.GetType(), ie))
                        {
                            Add(field, "Choose one of the listed values.");
                        }
                        else if (item is not null && item.GetType() is { IsClass: true } t && t != typeof(string)
                            && t.Namespace?.StartsWith("Marketplace", StringComparison.Ordinal) == true)
                        {
                            CheckClientValues(item, field + ".");
                        }
                    }
                    break;
            }
        }
    }

    private static bool IsDefined(Type type, Enum value)
    {
        if (Enum.IsDefined(type, value))
        {
            return true;
        }
        if (!type.IsDefined(typeof(FlagsAttribute), false))
        {
            return false;
        }
        var all = Enum.GetValues(type).Cast<Enum>().Aggregate(0L, (a, v) => a | Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture));
        var bits = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        return bits >= 0 && (bits & ~all) == 0;
    }

    /// <summary>Copies another set of errors in (the database rules after the attribute rules).</summary>
    public void AddAll(FieldErrors other)
    {
        foreach (var (field, messages) in other._errors)
        {
            messages.ForEach(m => Add(field, m));
        }
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        // The page and the service may run the same rule on one request; say it once.
        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    public Task CheckSkillsAsync(MarketplaceDbContext db, string field, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        CheckKnownAsync(field, ids, wanted => db.Skills.Where(s => wanted.Contains(s.Id)).Select(s => s.Id), "Unknown skill id '{0}'.", ct);

    public Task CheckOccupationGroupsAsync(MarketplaceDbContext db, string field, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        CheckKnownAsync(field, ids, wanted => db.OccupationGroups.Where(g => wanted.Contains(g.Id)).Select(g => g.Id), "Unknown occupation group (SSYK-4) id '{0}'.", ct);

    /// <summary>Interests name occupation groups (SSYK-4) or whole occupation fields.</summary>
    public Task CheckInterestsAsync(MarketplaceDbContext db, string field, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        CheckKnownAsync(field, ids.Where(i => !Workflows.OccupationFields.IsField(i)).ToList(),
            wanted => db.OccupationGroups.Where(g => wanted.Contains(g.Id)).Select(g => g.Id), "Unknown occupation group or field id '{0}'.", ct);

    public void CheckOccupationField(string field, string? id)
    {
        if (!string.IsNullOrEmpty(id) && !Workflows.OccupationFields.IsField(id))
        {
            Add(field, "Choose an occupation field from the list.");
        }
    }

    public Task CheckLanguagesAsync(MarketplaceDbContext db, string field, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        CheckKnownAsync(field, ids, wanted => db.Languages.Where(l => wanted.Contains(l.Id)).Select(l => l.Id), "Unknown language id '{0}'.", ct);

    public Task CheckLicencesAsync(MarketplaceDbContext db, string field, IReadOnlyCollection<string> classes, CancellationToken ct) =>
        CheckKnownAsync(field, classes, wanted => db.DrivingLicences.Where(l => wanted.Contains(l.Code)).Select(l => l.Code), "Unknown driving licence class '{0}'.", ct);

    /// <summary>One query for all the ids of a field; each unknown one gets its own message.</summary>
    private async Task CheckKnownAsync(string field, IReadOnlyCollection<string> ids, Func<List<string>, IQueryable<string>> known,
        string message, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }
        var found = await known(wanted).ToListAsync(ct);
        foreach (var unknown in wanted.Except(found))
        {
            Add(field, string.Format(System.Globalization.CultureInfo.InvariantCulture, message, unknown));
        }
    }

    /// <summary>A point picked on a map: both coordinates or neither, inside Sweden, and near the
    /// postcode given with it (so a stale pin cannot outlive a changed postcode).</summary>
    public void CheckMapPoint(string field, double? lat, double? lon, Data.Entities.Postcode? postcode)
    {
        if (lat is null && lon is null)
        {
            return;
        }
        // NaN passes every range comparison (and SQLite then refuses it): finite first.
        if (lat is not { } la || lon is not { } lo || !double.IsFinite(la) || !double.IsFinite(lo) || la is < 55.0 or > 69.5 || lo is < 10.5 or > 24.5)
        {
            Add(field, "Pick a point in Sweden on the map, or clear it to use the postcode.");
            return;
        }
        if (postcode is not null && new Marketplace.Matching.Geo.GeoPoint(la, lo).DistanceKm(new(postcode.Lat, postcode.Lon)) > MaxPinDistanceKm)
        {
            Add(field, "The point on the map is far from the postcode. Pick it again or clear it.");
        }
    }

    /// <summary>Postcode points are locality centroids; a rural postcode area can stretch this far.</summary>
    public const double MaxPinDistanceKm = 40;

    public async Task<Data.Entities.Postcode?> CheckPostcodeAsync(MarketplaceDbContext db, string field, string? postcode, CancellationToken ct)
    {
        var normalised = Postcodes.Normalise(postcode);
        var found = normalised is null ? null : await db.Postcodes.FirstOrDefaultAsync(p => p.Code == normalised, ct);
        if (found is null)
        {
            Add(field, $"'{postcode}' is not a Swedish postcode we know (five digits, e.g. 392 31).");
        }
        return found;
    }
}

public static class Postcodes
{
    /// <summary>"392 31" and "39231" are the same postcode; anything else is not one.</summary>
    public static string? Normalise(string? input)
    {
        var digits = input?.Replace(" ", "", StringComparison.Ordinal);
        return digits is { Length: 5 } && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}

/// <summary>Swedish organisationsnummer: ten digits (optionally NNNNNN-NNNN), the last a Luhn
/// check digit over the first nine; the third digit is at least 2 for legal entities.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OrganisationNumberAttribute : ValidationAttribute
{
    public OrganisationNumberAttribute() : base("Enter a valid organisationsnummer (NNNNNN-NNNN); the check digit does not match.") { }

    public override bool IsValid(object? value) => value is null || (value is string s && OrganisationNumber.TryNormalise(s, out _));
}

public static class OrganisationNumber
{
    public static bool TryNormalise(string input, out string normalised)
    {
        normalised = "";
        var digits = input.Replace("-", "", StringComparison.Ordinal).Trim();
        if (digits.Length == 12 && digits.StartsWith("16", StringComparison.Ordinal))
        {
            digits = digits[2..]; // the century prefix "16" that some registers add
        }
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit) || digits[2] < '2')
        {
            return false;
        }
        if (LuhnCheckDigit(digits.AsSpan(0, 9)) != digits[9] - '0')
        {
            return false;
        }
        normalised = $"{digits[..6]}-{digits[6..]}";
        return true;
    }

    public static int LuhnCheckDigit(ReadOnlySpan<char> nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < nineDigits.Length; i++)
        {
            var d = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}

/// <summary>Marks request text that may span lines (descriptions, notes); all other text is one line.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MultiLineAttribute : Attribute;
