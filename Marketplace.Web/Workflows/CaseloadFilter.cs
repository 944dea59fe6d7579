using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>The coach's caseload filters, read from the query string by both the page and
/// <c>GET /api/candidates</c>, and applied in SQL inside the coach's scope. Every filter is
/// optional; an empty filter is the whole caseload.</summary>
public sealed class CaseloadFilter
{
    /// <summary>Words of the name, or a postcode (see <see cref="CaseloadSearch"/>).</summary>
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

    /// <summary>1-based page of <see cref="PageSize"/> rows.</summary>
    public int? Page { get; set; }

    public const int PageSize = 50;

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
        if (Page is < 1 or > 100_000) errors.Add(nameof(Page), "Choose a page from 1.");
        return errors;
    }

    /// <summary>One page of the filtered caseload, by last and first name, with the number of all
    /// that match: what the coach's page and <c>GET /api/candidates</c> both show. The page's
    /// candidates are logged as shown in the caseload list.</summary>
    public async Task<CaseloadPage> RunAsync(AccessPolicy access, MarketplaceDbContext db, CurrentUser me, DateTime now, CancellationToken ct)
    {
        var query = Apply(access.VisibleCandidates(me), db, me, now);
        int total;
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var matches = CaseloadSearch.Matcher(Q);
            var ids = (await query.Select(c => new CaseloadSearch.Row(c.Id, c.FirstName, c.LastName, c.HomePostcode)).ToListAsync(ct))
                .Where(matches).Select(r => r.Id).ToList();
            query = query.Where(c => ids.Contains(c.Id));
            total = ids.Count;
        }
        else
        {
            total = await query.CountAsync(ct);
        }
        var page = Math.Max(1, Page ?? 1);
        var items = await query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).AsNoTracking().ToListAsync(ct);
        await access.LogListedAsync(me, items.Select(c => c.Id), ViewPurposes.Caseload, ct);
        return new CaseloadPage(items, total, page, PageSize);
    }

    /// <summary>The SQL filters (all but the text search, see <see cref="RunAsync"/>).</summary>
    private IQueryable<Candidate> Apply(IQueryable<Candidate> query, MarketplaceDbContext db, CurrentUser me, DateTime now)
    {
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

public sealed record CaseloadPage(IReadOnlyList<Candidate> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int First => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;
    public int Last => Math.Min(Total, Page * PageSize);
}
