using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Pages.Employer;

/// <summary>The published meetings the employer takes part in: time, place and how many are
/// coming, never who (profiles are shared only by the candidate's consent).</summary>
[Authorize(Roles = Roles.EmployerUser)]
public sealed class MeetingsModel(AccessPolicy access) : PageModel
{
    public List<RecruitmentMeeting> Meetings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Meetings = await MeetingService.WithChildren(access.VisibleMeetings(CurrentUser.From(User)!)).OrderBy(m => m.StartsAt).Take(100).AsNoTracking().ToListAsync(ct);
}
