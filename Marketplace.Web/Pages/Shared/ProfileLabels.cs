using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Pages.Shared;

/// <summary>Taxonomy ids on a profile turned into words, for the profile views of each role.</summary>
public sealed record ProfileLabels(List<string> Skills, List<string> Experience)
{
    public static async Task<ProfileLabels> LoadAsync(MarketplaceDbContext db, Data.Entities.Candidate candidate, CancellationToken ct)
    {
        var skillIds = candidate.Skills.Select(s => s.SkillId).ToList();
        var skills = await db.Skills.Where(s => skillIds.Contains(s.Id)).Select(s => s.Label).OrderBy(s => s).ToListAsync(ct);
        var groupIds = candidate.Experience.Select(e => e.OccupationGroupId).ToList();
        var groups = await db.OccupationGroups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Label, ct);
        return new ProfileLabels(skills, candidate.Experience.Select(e => $"{groups.GetValueOrDefault(e.OccupationGroupId)} ({e.Years} år)").ToList());
    }
}
