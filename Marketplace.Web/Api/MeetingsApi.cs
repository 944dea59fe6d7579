using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Api;

/// <summary>Recruitment meetings (PRODUCT.md capability 7): coaches of the organising unit manage
/// them; the employers taking part and the candidates invited may read them.</summary>
public static class MeetingsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/meetings");
        g.MapGet("/", ListAsync);
        g.MapGet("/{id:int}", GetAsync);
        g.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        g.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        g.MapPost("/{id:int}/status", MoveAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        g.MapPost("/{id:int}/invitations", InviteAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
    }

    private static async Task<IResult> ListAsync(HttpContext http, AccessPolicy access, CancellationToken ct)
    {
        var me = http.Me();
        var list = await MeetingService.WithChildren(access.VisibleMeetings(me)).OrderBy(m => m.StartsAt).Take(200).AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(list.Select(m => ForRole(me, m, null)));
    }

    private static async Task<IResult> GetAsync(int id, HttpContext http, MeetingService meetings, MarketplaceDbContext db, CancellationToken ct)
    {
        var me = http.Me();
        var meeting = await meetings.FindAsync(me, id, ct);
        if (meeting is null)
        {
            return TypedResults.NotFound();
        }
        var history = me.Is(Roles.Coach)
            ? await db.MeetingEvents.Where(e => e.RecruitmentMeetingId == id).OrderBy(e => e.Id)
                .Select(e => new MeetingEventDto(e.Id, e.InvitationId, e.Kind, e.Detail, e.ById, e.At)).ToListAsync(ct)
            : null;
        return TypedResults.Ok(ForRole(me, meeting, history));
    }

    private static MeetingDto ForRole(CurrentUser me, RecruitmentMeeting m, List<MeetingEventDto>? history) => MeetingDto.From(m,
        me.Is(Roles.Coach) ? m.Invitations.OrderBy(i => i.Id).Select(InvitationDto.From).ToList()
        : me.Is(Roles.Candidate) ? m.Invitations.Where(i => i.CandidateId == me.CandidateId).Select(InvitationDto.From).ToList()
        : null, history);

    private static async Task<IResult> CreateAsync(MeetingRequest request, HttpContext http, MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.CreateAsync(http.Me(), request, ct);
        return outcome.ToResult(m => TypedResults.Created($"/api/meetings/{m.Id}", MeetingDto.From(m, [], null)));
    }

    private static async Task<IResult> UpdateAsync(int id, MeetingRequest request, HttpContext http, MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.UpdateAsync(http.Me(), id, request, ct);
        return outcome.ToResult(m => TypedResults.Ok(MeetingDto.From(m, null, null)));
    }

    private static async Task<IResult> MoveAsync(int id, MeetingStatusRequest request, HttpContext http, MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.MoveAsync(http.Me(), id, request.Status, request.Version, ct);
        return outcome.ToResult(m => TypedResults.Ok(MeetingDto.From(m, null, null)));
    }

    private static async Task<IResult> InviteAsync(int id, MeetingInviteRequest request, HttpContext http, MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.InviteAsync(http.Me(), id, request.ShortlistEntryIds, ct);
        return outcome.ToResult(added => TypedResults.Ok(added.Select(InvitationDto.From).ToList()));
    }
}
