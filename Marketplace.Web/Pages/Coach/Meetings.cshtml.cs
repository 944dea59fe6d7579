using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Pages.Coach;

[Authorize(Roles = Roles.Coach)]
public sealed class MeetingsModel(AccessPolicy access) : PageModel
{
    public List<RecruitmentMeeting> Meetings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Meetings = await access.VisibleMeetings(CurrentUser.From(User)!).Include(m => m.Invitations)
            .OrderByDescending(m => m.Status == MeetingStatus.Published).ThenBy(m => m.StartsAt).Take(200).AsNoTracking().ToListAsync(ct);
}
