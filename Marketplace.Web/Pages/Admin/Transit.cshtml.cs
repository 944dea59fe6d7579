using Marketplace.Data.Entities;
using Marketplace.Matching.Commute.Gtfs;
using Marketplace.Matching.Commute.Transit;
using Marketplace.Web.Transit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Admin;

[Authorize(Roles = Roles.Admin)]
[RequestSizeLimit(MaxFeedBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFeedBytes)]
public sealed class TransitModel(TransitData transit, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>A regional feed zip is tens of megabytes; the whole of Sweden is about 300 MB.</summary>
    private const long MaxFeedBytes = 512L * 1024 * 1024;

    public TimetableSummary Summary { get; private set; } = null!;
    public List<string> Skipped { get; private set; } = [];
    public string? Message { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPost(IFormFile? feed)
    {
        if (feed is null || feed.Length == 0)
        {
            ModelState.AddModelError("Feed", l["Choose a GTFS zip file to import."]);
        }
        else
        {
            try
            {
                using var stream = feed.OpenReadStream();
                transit.Import(stream);
                Message = l["Imported. New commute times are used from now on."];
            }
            catch (GtfsImportException ex)
            {
                ModelState.AddModelError("Feed", l["The feed could not be imported, and the previous timetable stays in use: {0}", Describe(ex)]);
            }
        }
        Load();
        return Page();
    }

    /// <summary>File, line and problem in the admin's language; the feed's own ids and values go
    /// into the translated text unchanged.</summary>
    private string Describe(GtfsImportException ex)
    {
        if (ex.FileName.Length == 0)
        {
            return l[ex.Message];
        }
        var problem = l[ex.ProblemTemplate, ex.ProblemValues.Cast<object>().ToArray()].Value;
        return ex.Line > 0 ? l["{0}, line {1}: {2}", ex.FileName, ex.Line, problem] : l["{0}: {1}", ex.FileName, problem];
    }

    private void Load()
    {
        Summary = transit.Summary;
        Skipped = transit.LastReport?.Skipped.Select(s => $"{s.Reason}: {s.Count} ({string.Join(", ", s.Examples)})").ToList() ?? [];
    }
}
