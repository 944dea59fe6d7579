using System.Globalization;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Matching.Commute;
using Marketplace.Matching.Explanations;
using Marketplace.Matching.Scoring;
using Marketplace.Matching.Taxonomy;
using Marketplace.Web.Access;
using Marketplace.Web.Transit;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.CandidateSearch;

public sealed record FactorRow(string Factor, double Weight, double Value, double Contribution, string Text);

public sealed record CommuteRow(int Minutes, string Mode, int Transfers);

/// <summary>One ranked item with its explanation rendered in the viewer's language.</summary>
public sealed record MatchRow(int Id, string Name, double Score, CommuteRow? Commute, IReadOnlyList<FactorRow> Factors,
    IReadOnlyList<string> Failures, IReadOnlyList<string> Gaps);

public sealed record WeightsRow(double Skills, double Language, double Commute, double Interest)
{
    public static WeightsRow From(MatchWeights w) => new(w.Skills, w.Language, w.Commute, w.Interest);
}

public sealed record MatchList(int SubjectId, WeightsRow Weights, IReadOnlyList<MatchRow> Results);

/// <summary>Runs the engine for a user, within what that user may see: a coach's ranking holds
/// only candidates of their unit and sharing units.</summary>
public sealed class MatchingService(MarketplaceDbContext db, AccessPolicy access, CandidateIndexService index, TransitData transit)
{
    public const int MaxK = 200;

    /// <summary>Top <paramref name="k"/> visible candidates for a placement, or null when the
    /// placement is not visible to the user (the denial is logged).</summary>
    public async Task<MatchList?> RankCandidatesAsync(CurrentUser user, int placementId, MatchWeights weights, int k, CancellationToken ct)
    {
        var placement = await LoadPlacementAsync(user, placementId, ct);
        if (placement is null)
        {
            return null;
        }
        var document = MatchingDocuments.ToDocument(placement);
        var table = CommuteTable(placement);
        var visible = (await access.VisibleCandidates(user).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var results = TopVisible(document, weights, k, table, visible);
        var ids = results.Select(r => (int)r.Id).ToList();
        var names = await NamesAsync(ids, ct);
        await access.LogListedAsync(user, ids, ViewPurposes.Placement(placementId), ct);
        var text = Text();
        return new MatchList(placementId, WeightsRow.From(weights),
            results.Select(r => Row((int)r.Id, names.GetValueOrDefault((int)r.Id, ""), r.Score, r.Explanation, text)).ToList());
    }

    /// <summary>Why one candidate ranks where they do, or why they are not ranked at all: the
    /// same scoring, every failed constraint and near miss spelled out.</summary>
    public async Task<MatchRow?> ExplainAsync(CurrentUser user, int placementId, int candidateId, MatchWeights weights, CancellationToken ct)
    {
        var placement = await LoadPlacementAsync(user, placementId, ct);
        var candidate = placement is null ? null : await access.OpenCandidateAsync(user, candidateId, ViewPurposes.Placement(placementId), ct);
        if (placement is null || candidate is null || index.TryMap(candidate) is not { } document)
        {
            return null;
        }
        var explanation = new BruteForceScorer(TaxonomyData.Default)
            .Explain(document, MatchingDocuments.ToDocument(placement), weights, CommuteTable(placement));
        return Row(candidateId, $"{candidate.FirstName} {candidate.LastName}", explanation.Score, explanation, Text());
    }

    /// <summary>The reverse direction: open placements for one candidate the user may see.</summary>
    public async Task<MatchList?> RankPlacementsAsync(CurrentUser user, int candidateId, MatchWeights weights, int k, CancellationToken ct)
    {
        var candidate = await access.OpenCandidateAsync(user, candidateId, ViewPurposes.Matching, ct);
        if (candidate is null || index.TryMap(candidate) is not { } document)
        {
            return null;
        }
        var placements = await access.VisiblePlacements(user).Where(p => p.Status == Data.Entities.PlacementStatus.Published)
            .Include(p => p.Skills).Include(p => p.UsefulLanguages).Include(p => p.EmployerOrganisation).AsSplitQuery().AsNoTracking().ToListAsync(ct);
        var byId = placements.ToDictionary(p => p.Id);
        var documents = placements.Select(MatchingDocuments.ToDocument).ToList();
        var results = new PlacementMatcher(TaxonomyData.Default).TopK(document, documents, weights, k,
            d => CommuteTable(byId[(int)d.Id]));
        var text = Text();
        return new MatchList(candidateId, WeightsRow.From(weights), results.Select(r =>
        {
            var p = byId[(int)r.Id];
            return Row(p.Id, $"{p.Title} – {p.EmployerOrganisation?.Name}", r.Score, r.Explanation, text);
        }).ToList());
    }

    /// <summary>The index ranks everyone; the user sees a subset. Asking for more until k visible
    /// ones are found keeps the answer exact (ranking order is total: score, then id), and in a
    /// single-municipality install nearly every candidate is visible, so one round is the norm.</summary>
    private List<MatchResult> TopVisible(Marketplace.Matching.Documents.PlacementDocument document, MatchWeights weights, int k,
        ICommuteTable table, HashSet<int> visible)
    {
        for (var ask = k; ; ask *= 4)
        {
            var all = index.Index.TopK(document, weights, ask, table);
            var mine = all.Where(r => visible.Contains((int)r.Id)).Take(k).ToList();
            if (mine.Count == k || all.Count < ask)
            {
                return mine;
            }
        }
    }

    private ICommuteTable CommuteTable(Placement placement) =>
        transit.Commute.ForWorkplace(MatchingDocuments.Workplace(placement), ArrivalWindow.DefaultFor(placement.StartDate));

    private Task<Placement?> LoadPlacementAsync(CurrentUser user, int placementId, CancellationToken ct) =>
        access.FindAsync(user, access.VisiblePlacements(user).Include(p => p.Skills).Include(p => p.UsefulLanguages).AsSplitQuery(),
            "Placement", placementId, ct);

    private Task<Dictionary<int, string>> NamesAsync(List<int> ids, CancellationToken ct) =>
        db.Candidates.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FirstName + " " + c.LastName, ct);

    private static ExplanationText Text() => new(TaxonomyData.Default,
        ExplanationText.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));

    private static MatchRow Row(int id, string name, double score, MatchExplanation e, ExplanationText text)
    {
        var sentences = text.Factors(e);
        var factors = e.Factors.Select((f, i) => new FactorRow(f.Factor.ToString(), f.Weight, f.Value, f.Contribution, sentences[i])).ToList();
        var estimate = e.Factors.Select(f => f.Detail).OfType<CommuteDetail>().FirstOrDefault()?.Estimate;
        var commute = estimate is null ? null : new CommuteRow(estimate.Minutes, estimate.Mode.ToString(), estimate.Transfers);
        return new MatchRow(id, name, Math.Round(score, 4), commute, factors, text.Failures(e), text.Gaps(e));
    }
}

public static class MatchingExtensions
{
    public static IServiceCollection AddMarketplaceMatching(this IServiceCollection services)
    {
        services.AddSingleton<CandidateIndexService>();
        services.AddScoped<MatchingService>();
        services.AddHostedService<CandidateIndexInitializer>();
        return services;
    }
}
