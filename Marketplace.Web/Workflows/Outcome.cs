using Marketplace.Web.Api;

namespace Marketplace.Web.Workflows;

/// <summary>What a workflow step came to, in terms both an endpoint and a page can answer with:
/// done, not found (already audited), invalid (field errors, nothing written) or a conflict.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Outcome<T>.Done(x) reads better at call sites than a separate factory class.")]
public sealed class Outcome<T>
    where T : class
{
    private Outcome(T? value, FieldErrors? errors, bool notFound, bool conflict)
    {
        Value = value;
        Errors = errors;
        NotFound = notFound;
        Conflict = conflict;
    }

    public T? Value { get; }
    public FieldErrors? Errors { get; }
    public bool NotFound { get; }
    public bool Conflict { get; }

    public static Outcome<T> Done(T value) => new(value, null, false, false);
    public static Outcome<T> Missing() => new(null, null, true, false);
    public static Outcome<T> Invalid(FieldErrors errors) => new(null, errors, false, false);
    public static Outcome<T> Invalid(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return new(null, errors, false, false);
    }
    public static Outcome<T> Stale() => new(null, null, false, true);

    public IResult ToResult(Func<T, IResult> ok) =>
        NotFound ? TypedResults.NotFound()
        : Errors is not null ? Errors.ToResult()
        : Conflict ? Workflows.Conflict.Result("Someone else changed this after you opened it. Reload and make your change again.")
        : ok(Value!);
}
