using System.Diagnostics;
using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Api;

/// <summary>The one place a use case's result becomes an HTTP answer: the API classes only call the
/// use case and this; what a page makes of the same result is in Pages/Shared. The answers are typed
/// (<see cref="Results{TResult1, TResult2}"/>), so each status an endpoint can give is in the contract
/// at /openapi/v1.json; a use case that cannot come to an outcome has a variant without it.</summary>
public static class UseCaseResults
{
    public static ValidationProblem ToResult(this FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.All.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));

    /// <summary>A change guarded by the version the client read: done, not found (already audited),
    /// invalid, or changed by someone else meanwhile.</summary>
    public static Results<TOk, NotFound, ValidationProblem, ConflictProblem> ToResult<T, TOk>(this UseCaseResult<T> result, Func<T, TOk> ok,
        string? conflict = null)
        where T : class
        where TOk : IResult =>
        result.NotFound ? TypedResults.NotFound()
        : result.Errors is { } errors ? errors.ToResult()
        : result.Conflict ? (conflict is null ? ConflictProblem.ChangedMeanwhile() : new ConflictProblem(conflict))
        : ok(result.Value!);

    /// <summary>A use case that checks no version, so nothing can have changed under it: done, not
    /// found or invalid.</summary>
    public static Results<TOk, NotFound, ValidationProblem> ToResultNoConflict<T, TOk>(this UseCaseResult<T> result, Func<T, TOk> ok)
        where T : class
        where TOk : IResult =>
        result.NotFound ? TypedResults.NotFound()
        : result.Errors is { } errors ? errors.ToResult()
        : ok(result.Done());

    /// <summary>A use case with no fields to check (taking or handing back): done, not found, or
    /// someone else got there first.</summary>
    public static Results<TOk, NotFound, ConflictProblem> ToResultNoFields<T, TOk>(this UseCaseResult<T> result, Func<T, TOk> ok)
        where T : class
        where TOk : IResult =>
        result.NotFound ? TypedResults.NotFound()
        : result.Conflict ? ConflictProblem.ChangedMeanwhile()
        : ok(result.Done());

    /// <summary>The value of a use case the endpoint has already answered for every other outcome it
    /// declares. Any other outcome is a use case that changed without its endpoint: it fails loudly
    /// rather than answering a status the contract does not list.</summary>
    public static T Done<T>(this UseCaseResult<T> result)
        where T : class =>
        result.Value ?? throw new UnreachableException(
            $"The use case came to {(result.NotFound ? "not found" : result.Conflict ? "a conflict" : "field errors")}, which its endpoint does not declare.");
}

/// <summary>409 as problem+json, exactly what <see cref="TypedResults.Problem(string?, string?, int?, string?, string?, IDictionary{string, object?}?)"/>
/// writes; a type of its own because a <see cref="ProblemHttpResult"/> knows its status only when it
/// runs, so in <see cref="Results{TResult1, TResult2}"/> it would leave 409 out of the contract.</summary>
public sealed class ConflictProblem : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult<ProblemDetails>
{
    private readonly ProblemHttpResult _problem;

    public ConflictProblem(string detail, string title = "Changed by someone else", IDictionary<string, object?>? extensions = null) =>
        _problem = TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail, extensions: extensions);

    public static ConflictProblem ChangedMeanwhile() => new("Someone else changed this after you opened it. Reload and make your change again.");

    public int? StatusCode => StatusCodes.Status409Conflict;

    public ProblemDetails Value => _problem.ProblemDetails;

    public Task ExecuteAsync(HttpContext httpContext) => _problem.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(ProblemDetails), ["application/problem+json"]));
}
