using Marketplace.Data.Entities;
using Marketplace.Web.Meetings;

namespace Marketplace.Web.Api;

/// <summary>One invitation to a meeting: the candidate's answer, the coach's attendance record.</summary>
public static class MeetingInvitationsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/meeting-invitations");
        g.MapPost("/{id:int}/answer", AnswerAsync).RequireAuthorization(p => p.RequireRole(Roles.Candidate));
        g.MapPost("/{id:int}/attendance", AttendanceAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
    }

    private static async Task<IResult> AnswerAsync(int id, MeetingAnswerRequest request, HttpContext http, MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.AnswerAsync(http.Me(), id, request.Accept, ct);
        return outcome.ToResult(i => TypedResults.Ok(InvitationDto.From(i)));
    }

    private static async Task<IResult> AttendanceAsync(int id, AttendanceRequest request, HttpContext http, MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.RecordAttendanceAsync(http.Me(), id, request.Attended, request.Outcome, ct);
        return outcome.ToResult(i => TypedResults.Ok(InvitationDto.From(i)));
    }
}
