using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Shared;

/// <summary>Taxonomy ids on a profile turned into words, for the profile views of each role.</summary>
public sealed record ProfileLabels(List<string> Skills, List<string> Experience)
{
    public static async Task<ProfileLabels> LoadAsync(TaxonomyLabels taxonomy, IStringLocalizer l, Data.Entities.Candidate candidate, CancellationToken ct)
    {
        var skills = await taxonomy.SkillNamesAsync(candidate.Skills.Select(s => s.SkillId), ct);
        var groups = await taxonomy.GroupNamesAsync(candidate.Experience.Select(e => e.OccupationGroupId), ct);
        return new ProfileLabels(skills, candidate.Experience
            .Select(e => l["{0} ({1} years)", groups.GetValueOrDefault(e.OccupationGroupId) ?? "", e.Years.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture)].Value).ToList());
    }
}
