namespace Marketplace.Web.Api;

/// <summary>The one place a use case's result becomes an HTTP answer: the API classes only call the
/// use case and this; what a page makes of the same result is in Pages/Shared.</summary>
public static class UseCaseResults
{
    public static IResult ToResult(this FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.All.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));

    public static IResult ToResult<T>(this UseCaseResult<T> result, Func<T, IResult> ok, string? conflict = null)
        where T : class =>
        result.NotFound ? TypedResults.NotFound()
        : result.Errors is not null ? result.Errors.ToResult()
        : result.Conflict ? Conflict.Result(conflict ?? "Someone else changed this after you opened it. Reload and make your change again.")
        : ok(result.Value!);
}

public static class Conflict
{
    public static IResult Result(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed by someone else", detail: detail);
}
