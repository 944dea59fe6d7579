using Marketplace.Data.Entities;
using Marketplace.Web.Meetings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Api;

/// <summary>One invitation to a meeting: the candidate's answer, the coach's attendance record.</summary>
public static class MeetingInvitationsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/meeting-invitations").WithTags("Meeting invitations");
        g.MapPost("/{id:int}/answer", AnswerAsync).RequireAuthorization(p => p.RequireRole(Roles.Candidate))
            .WithName("AnswerInvitation").WithSummary("The candidate says yes or no to a meeting, and may change their mind until the answer date.")
            .WithDescription("A yes when the meeting is full goes on the waiting list; a no from someone with a place gives it to the first waiting. "
                + "A cancelled meeting or a passed answer date is 400; two answers at once for the last place, 409.");
        g.MapPost("/{id:int}/attendance", AttendanceAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("RecordAttendance").WithSummary("The coach records whether an invitee came, and what came of it.")
            .WithDescription("Only once the meeting has started; someone who did not come cannot have got a placement or job from it (400).");
    }

    private static async Task<Results<Ok<InvitationDto>, NotFound, ValidationProblem, ConflictProblem>> AnswerAsync(int id, MeetingAnswerRequest request, HttpContext http, MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.AnswerAsync(http.Me(), id, request.Accept, ct);
        return outcome.ToResult(i => TypedResults.Ok(InvitationDto.From(i)));
    }

    private static async Task<Results<Ok<InvitationDto>, NotFound, ValidationProblem>> AttendanceAsync(int id, AttendanceRequest request, HttpContext http,
        MeetingService meetings, CancellationToken ct)
    {
        var outcome = await meetings.RecordAttendanceAsync(http.Me(), id, request.Attended, request.Outcome, ct);
        return outcome.ToResultNoConflict(i => TypedResults.Ok(InvitationDto.From(i)));
    }
}
