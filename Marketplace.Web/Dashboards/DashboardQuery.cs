using System.Globalization;
using System.Text.Json.Serialization;

namespace Marketplace.Web.Dashboards;

/// <summary>The dashboard's period: whole UTC days from <see cref="From"/> to <see cref="To"/>, both
/// included, and the N of "in work or studies within N months".</summary>
public sealed record DashboardPeriod(DateOnly From, DateOnly To, int Months)
{
    [JsonIgnore]
    public DateTime FromUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>Midnight after the last day: "registered on the last day" is in, the day after is out.</summary>
    [JsonIgnore]
    public DateTime ToExclusiveUtc => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}

/// <summary>The filter as it arrives in the query string (<c>?from=&amp;to=&amp;months=</c>), read
/// by both the page and <c>GET /api/dashboard</c>. Kept as text so an unreadable value becomes a
/// field message like any other, not a binder failure.</summary>
public sealed class DashboardQuery
{
    public const int DefaultMonths = 6;
    public const int MinMonths = 1;
    public const int MaxMonths = 36;

    public string? From { get; set; }
    public string? To { get; set; }
    public string? Months { get; set; }

    /// <summary>Empty values take the defaults: the year up to <paramref name="today"/>, 6 months.</summary>
    public (DashboardPeriod? Period, FieldErrors Errors) Parse(DateOnly today)
    {
        var errors = new FieldErrors();
        var to = ReadDate(errors, nameof(To), To) ?? today;
        var from = ReadDate(errors, nameof(From), From) ?? to.AddYears(-1).AddDays(1);
        var months = DefaultMonths;
        if (!string.IsNullOrWhiteSpace(Months)
            && (!int.TryParse(Months.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out months) || months is < MinMonths or > MaxMonths))
        {
            errors.Add(nameof(Months), "Choose a number of months from 1 to 36.");
        }
        if (!errors.All.ContainsKey(nameof(From)) && !errors.All.ContainsKey(nameof(To)) && to < from)
        {
            errors.Add(nameof(To), "The end date cannot be before the start date.");
        }
        return errors.Any ? (null, errors) : (new DashboardPeriod(from, to, months), errors);
    }

    private static DateOnly? ReadDate(FieldErrors errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(field, "Enter a date like 2026-03-01.");
            return null;
        }
        if (date.Year is < 2000 or > 2100)
        {
            errors.Add(field, "Enter a date between 2000 and 2100.");
            return null;
        }
        return date;
    }
}
