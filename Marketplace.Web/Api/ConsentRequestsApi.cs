using Marketplace.Data.Entities;
using Marketplace.Web.Workflows;

namespace Marketplace.Web.Api;

/// <summary>Consent to share a profile with one employer for one placement (PRODUCT.md capability 6).</summary>
public static class ConsentRequestsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/shortlist-entries/{id:int}/consent-requests", SendAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        var g = api.MapGroup("/consent-requests");
        g.MapPost("/{id:int}/withdraw", WithdrawAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        g.MapPost("/{id:int}/answer", AnswerAsync).RequireAuthorization(p => p.RequireRole(Roles.Candidate));
    }

    private static async Task<IResult> SendAsync(int id, ConsentSendRequest request, HttpContext http, ConsentService consents, CancellationToken ct)
    {
        var outcome = await consents.SendAsync(http.Me(), id, request.DeadlineDays, request.DeadlineDate, ct);
        return outcome.ToResult(r => TypedResults.Created($"/api/consent-requests/{r.Id}", ConsentDto.From(r, consents.Now)));
    }

    private static async Task<IResult> WithdrawAsync(int id, HttpContext http, ConsentService consents, CancellationToken ct)
    {
        var outcome = await consents.WithdrawAsync(http.Me(), id, ct);
        return outcome.ToResult(r => TypedResults.Ok(ConsentDto.From(r, consents.Now)));
    }

    private static async Task<IResult> AnswerAsync(int id, ConsentAnswerRequest request, HttpContext http, ConsentService consents, CancellationToken ct)
    {
        var outcome = await consents.AnswerAsync(http.Me(), id, request.Accept, ct);
        return outcome.ToResult(r => TypedResults.Ok(ConsentDto.From(r, consents.Now)));
    }
}
