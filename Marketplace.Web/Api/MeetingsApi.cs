using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Meetings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Api;

/// <summary>Recruitment meetings (PRODUCT.md capability 7): coaches of the organising unit manage
/// them; the employers taking part and the candidates invited may read them.</summary>
public static class MeetingsApi
{
    private const string RoleRule = "Coaches get every invitation; employers and candidates the counts, and a candidate their own invitation, never who else was invited.";

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/meetings").WithTags("Meetings");
        g.MapGet("/", ListAsync).WithName("ListMeetings").WithSummary("The meetings the user may see, by start (at most 200).")
            .WithDescription(RoleRule);
        g.MapGet("/{id:int}", GetAsync).WithName("GetMeeting").WithSummary("One meeting; for its coaches with the history.")
            .WithDescription(RoleRule);
        g.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("CreateMeeting").WithSummary("Creates a draft meeting of the coach's unit.")
            .WithDescription("Times are UTC. A coach account without a unit gets 404.");
        g.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("UpdateMeeting").WithSummary("Changes a meeting; once published, a new time, place or answer date is announced to invitees and employers.")
            .WithDescription("Send the version you edited; when someone changed the meeting since, the answer is 409.");
        g.MapPost("/{id:int}/status", MoveAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("ChangeMeetingStatus").WithSummary("Publishes, cancels or completes a meeting.")
            .WithDescription("A move the lifecycle does not allow is 400 (a meeting that has started cannot be published, one that has not cannot be completed); "
                + "a stale version is 409.");
        g.MapPost("/{id:int}/invitations", InviteAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("InviteToMeeting").WithSummary("Invites candidates, by their shortlist entries, to a published meeting.")
            .WithDescription("Only entries on the shortlists of the meeting's employers, and only until the answer date; the answer is the invitations added.");
    }

    private static async Task<Ok<IEnumerable<MeetingDto>>> ListAsync(HttpContext http, AccessPolicy access, CancellationToken ct)
    {
        var me = http.Me();
        var list = await MeetingService.WithChildren(access.VisibleMeetings(me)).OrderBy(m => m.StartsAt).Take(200).AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(list.Select(m => ForRole(me, m, null)));
    }

    private static async Task<Results<Ok<MeetingDto>, NotFound>> GetAsync(int id, HttpContext http, MeetingService meetings, MarketplaceDbContext db, CancellationToken ct)
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

    private static async Task<Results<Created<MeetingDto>, NotFound, ValidationProblem>> CreateAsync(MeetingRequest request, HttpContext http,
        MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.CreateAsync(http.Me(), request, ct);
        return outcome.ToResultNoConflict(m => TypedResults.Created($"/api/meetings/{m.Id}", MeetingDto.From(m, [], null)));
    }

    private static async Task<Results<Ok<MeetingDto>, NotFound, ValidationProblem, ConflictProblem>> UpdateAsync(int id, MeetingRequest request, HttpContext http, MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.UpdateAsync(http.Me(), id, request, ct);
        return outcome.ToResult(m => TypedResults.Ok(MeetingDto.From(m, null, null)));
    }

    private static async Task<Results<Ok<MeetingDto>, NotFound, ValidationProblem, ConflictProblem>> MoveAsync(int id, MeetingStatusRequest request, HttpContext http, MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.MoveAsync(http.Me(), id, request.Status, request.Version, ct);
        return outcome.ToResult(m => TypedResults.Ok(MeetingDto.From(m, null, null)));
    }

    private static async Task<Results<Ok<List<InvitationDto>>, NotFound, ValidationProblem>> InviteAsync(int id, MeetingInviteRequest request,
        HttpContext http, MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.InviteAsync(http.Me(), id, request.ShortlistEntryIds, ct);
        return outcome.ToResultNoConflict(added => TypedResults.Ok(added.Select(InvitationDto.From).ToList()));
    }
}
