namespace Marketplace.Web.Application;

/// <summary>What a use case came to, in terms both an endpoint and a page can answer with: done,
/// not found (already audited), invalid (field errors, nothing written) or a conflict. Named so it
/// is not mistaken for a candidate's outcome (placement, job, studies).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "UseCaseResult<T>.Done(x) reads better at call sites than a separate factory class.")]
public sealed class UseCaseResult<T>
    where T : class
{
    private UseCaseResult(T? value, FieldErrors? errors, bool notFound, bool conflict)
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

    public static UseCaseResult<T> Done(T value) => new(value, null, false, false);
    public static UseCaseResult<T> Missing() => new(null, null, true, false);
    public static UseCaseResult<T> Invalid(FieldErrors errors) => new(null, errors, false, false);
    public static UseCaseResult<T> Invalid(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return new(null, errors, false, false);
    }
    public static UseCaseResult<T> Stale() => new(null, null, false, true);
}
