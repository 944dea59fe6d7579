using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>The coach's caseload filters, read from the query string by both the page and
/// <c>GET /api/candidates</c>, and applied in SQL inside the coach's scope. Every filter is
/// optional; an empty filter is the whole caseload.</summary>
public sealed class CaseloadFilter
{
    /// <summary>Part of a first or last name.</summary>
    public string? Q { get; set; }
    /// <summary>"mine": only candidates this coach holds; otherwise everyone in scope.</summary>
    public string? Coach { get; set; }
    /// <summary>Kommunkod of the home postcode, e.g. "0880".</summary>
    public string? Municipality { get; set; }
    /// <summary>At least this Swedish level.</summary>
    public CefrLevel? Swedish { get; set; }
    /// <summary>"pending": a consent question waits for the candidate's answer.</summary>
    public string? Consent { get; set; }
    /// <summary>On some shortlist with this coach status.</summary>
    public CoachStatus? Shortlist { get; set; }
    /// <summary>"none", "any", or an outcome kind (Placement, Job, Studies).</summary>
    public string? Outcome { get; set; }
    /// <summary>Registered on or after this date.</summary>
    public DateOnly? Since { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Coach is null && Municipality is null && Swedish is null && Consent is null
        && Shortlist is null && Outcome is null && Since is null;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (Q?.Length > 100) errors.Add(nameof(Q), "Search with at most 100 characters.");
        if (Coach is not (null or "" or "mine")) errors.Add(nameof(Coach), "Choose mine or all.");
        if (!string.IsNullOrEmpty(Municipality) && !(Municipality.Length == 4 && Municipality.All(char.IsAsciiDigit))) errors.Add(nameof(Municipality), "Choose a municipality from the list.");
        if (Swedish is { } s && !Enum.IsDefined(s)) errors.Add(nameof(Swedish), "Choose a level from A1 to C2.");
        if (Consent is not (null or "" or "pending")) errors.Add(nameof(Consent), "Choose pending or any.");
        if (Shortlist is { } st && !Enum.IsDefined(st)) errors.Add(nameof(Shortlist), "Choose a status from the list.");
        if (Outcome is not (null or "" or "none" or "any") && !Enum.TryParse<OutcomeKind>(Outcome, out _)) errors.Add(nameof(Outcome), "Choose an outcome from the list.");
        if (Since is { } d && (d.Year < 2000 || d.Year > 2100)) errors.Add(nameof(Since), "Enter a date between 2000 and 2100.");
        return errors;
    }

    public IQueryable<Candidate> Apply(IQueryable<Candidate> query, MarketplaceDbContext db, CurrentUser me, DateTime now)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = NameSearch.Pattern(Q);
            query = query.Where(c => EF.Functions.Like(c.FirstName, pattern, "\\") || EF.Functions.Like(c.LastName, pattern, "\\"));
        }
        if (Coach == "mine")
        {
            query = query.Where(c => c.CoachId == me.Id);
        }
        if (!string.IsNullOrEmpty(Municipality))
        {
            var code = Municipality;
            query = query.Where(c => db.Postcodes.Any(p => p.Code == c.HomePostcode && p.MunicipalityCode == code));
        }
        if (Swedish is { } level)
        {
            query = query.Where(c => c.SwedishLevel >= level);
        }
        if (Consent == "pending")
        {
            // Pending and not past its deadline: the same "waiting" the candidate sees.
            query = query.Where(c => db.ConsentRequests.Any(r => r.CandidateId == c.Id && r.State == ConsentState.Pending && r.Deadline > now));
        }
        if (Shortlist is { } status)
        {
            query = query.Where(c => db.ShortlistEntries.Any(e => e.CandidateId == c.Id && e.CoachStatus == status));
        }
        switch (Outcome)
        {
            case "none":
                query = query.Where(c => !db.Outcomes.Any(o => o.CandidateId == c.Id));
                break;
            case "any":
                query = query.Where(c => db.Outcomes.Any(o => o.CandidateId == c.Id));
                break;
            case { } kindName when Enum.TryParse<OutcomeKind>(kindName, out var kind):
                query = query.Where(c => db.Outcomes.Any(o => o.CandidateId == c.Id && o.Kind == kind));
                break;
        }
        if (Since is { } since)
        {
            var from = since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(c => c.RegisteredAt >= from);
        }
        return query;
    }
}
