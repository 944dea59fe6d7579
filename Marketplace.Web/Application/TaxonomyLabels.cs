using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Application;

/// <summary>Taxonomy ids turned into the words people read, and back: the one place the forms and
/// profile views of every role look up skills, languages, occupation groups and licence classes.</summary>
public sealed class TaxonomyLabels(MarketplaceDbContext db)
{
    /// <summary>Labels for ids already picked on a form, so its chips read as words: skills and
    /// languages by label, occupation groups as "SSYK label".</summary>
    public async Task<Dictionary<string, string>> ChipsAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }
        var labels = await db.Skills.Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Label, ct);
        foreach (var language in await db.Languages.Where(x => wanted.Contains(x.Id)).Select(x => new { x.Id, x.Label }).ToListAsync(ct))
        {
            labels[language.Id] = language.Label;
        }
        foreach (var group in await db.OccupationGroups.Where(g => wanted.Contains(g.Id)).Select(g => new { g.Id, g.Ssyk, g.Label }).ToListAsync(ct))
        {
            labels[group.Id] = $"{group.Ssyk} {group.Label}";
        }
        return labels;
    }

    /// <summary>Skill labels, alphabetical (a profile's list of what someone can do).</summary>
    public Task<List<string>> SkillNamesAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return db.Skills.Where(s => wanted.Contains(s.Id)).Select(s => s.Label).OrderBy(s => s).ToListAsync(ct);
    }

    /// <summary>Occupation group labels by id, without the code (a profile's experience).</summary>
    public Task<Dictionary<string, string>> GroupNamesAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return db.OccupationGroups.Where(g => wanted.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Label, ct);
    }

    /// <summary>The group as the type-ahead shows it ("9111 Städare"), or null.</summary>
    public Task<string?> GroupChoiceAsync(string? id, CancellationToken ct) =>
        db.OccupationGroups.Where(g => g.Id == id).Select(g => g.Ssyk + " " + g.Label).FirstOrDefaultAsync(ct);

    /// <summary>The id of the group a person picked ("9111 Städare" or just "9111"), or null when
    /// the text does not start with a known four-digit SSYK code.</summary>
    public async Task<string?> GroupIdAsync(string? picked, CancellationToken ct)
    {
        var code = (picked ?? "").Trim().Split(' ', 2)[0];
        if (code.Length != 4 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }
        return await db.OccupationGroups.Where(g => g.Ssyk == code).Select(g => g.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Every driving licence class, in code order.</summary>
    public Task<List<string>> LicenceClassesAsync(CancellationToken ct) =>
        db.DrivingLicences.OrderBy(x => x.Code).Select(x => x.Code).ToListAsync(ct);

    /// <summary>Every language, alphabetical, for a choice list.</summary>
    public async Task<List<(string Id, string Label)>> LanguageChoicesAsync(CancellationToken ct) =>
        (await db.Languages.OrderBy(x => x.Label).Select(x => new { x.Id, x.Label }).ToListAsync(ct)).Select(x => (x.Id, x.Label)).ToList();
}
