using Marketplace.Data.Entities;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Api;

/// <summary>Consent to share a profile with one employer for one placement (PRODUCT.md capability 6).</summary>
public static class ConsentRequestsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/shortlist-entries/{id:int}/consent-requests", SendAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithTags("Consent requests").WithName("SendConsentRequest")
            .WithSummary("The coach asks the candidate whether their profile may be shared with the placement's employer.")
            .WithDescription("The deadline is deadlineDays (2, 3 or 7) or a deadlineDate at most 60 days from tomorrow. Only one request per entry may be waiting or accepted; "
                + "another is 400 until it is withdrawn.");
        var g = api.MapGroup("/consent-requests").WithTags("Consent requests");
        g.MapPost("/{id:int}/withdraw", WithdrawAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach, Roles.Candidate))
            .WithName("WithdrawConsentRequest").WithSummary("The coach, or the candidate it is about, withdraws a waiting or accepted request.")
            .WithDescription("A candidate's withdrawal ends the employer's access to the profile at once and tells the coach and the employer.");
        g.MapPost("/{id:int}/answer", AnswerAsync).RequireAuthorization(p => p.RequireRole(Roles.Candidate))
            .WithName("AnswerConsentRequest").WithSummary("The candidate says yes or no to sharing their profile.")
            .WithDescription("Only a waiting request, before its deadline, can be answered; otherwise 400.");
    }

    private static async Task<Results<Created<ConsentDto>, NotFound, ValidationProblem>> SendAsync(int id, ConsentSendRequest request, HttpContext http, ConsentService consents, CancellationToken ct)
    {
        var outcome = await consents.SendAsync(http.Me(), id, request.DeadlineDays, request.DeadlineDate, ct);
        return outcome.ToResultNoConflict(r => TypedResults.Created($"/api/consent-requests/{r.Id}", ConsentDto.From(r, consents.Now)));
    }

    private static async Task<Results<Ok<ConsentDto>, NotFound, ValidationProblem, ConflictProblem>> WithdrawAsync(int id, HttpContext http, ConsentService consents, CancellationToken ct)
    {
        var outcome = await consents.WithdrawAsync(http.Me(), id, ct);
        return outcome.ToResult(r => TypedResults.Ok(ConsentDto.From(r, consents.Now)));
    }

    private static async Task<Results<Ok<ConsentDto>, NotFound, ValidationProblem, ConflictProblem>> AnswerAsync(int id, ConsentAnswerRequest request, HttpContext http, ConsentService consents, CancellationToken ct)
    {
        var outcome = await consents.AnswerAsync(http.Me(), id, request.Accept, ct);
        return outcome.ToResult(r => TypedResults.Ok(ConsentDto.From(r, consents.Now)));
    }
}
