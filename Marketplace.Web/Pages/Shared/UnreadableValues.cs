using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Pages.Shared;

/// <summary>The form fields the model binder could not read (a letter in "Seats", a tampered hidden
/// coordinate), named as the request's fields so each is reported next to its input. A map point
/// travels as two hidden halves; both are reported once, on the point's picker, which is the only
/// thing on screen a person can correct.</summary>
public static class UnreadableValues
{
    private static readonly Dictionary<string, string> MapPoints = new(StringComparer.Ordinal)
    {
        ["WorkplaceLat"] = "WorkplacePoint",
        ["WorkplaceLon"] = "WorkplacePoint",
        ["HomeLat"] = "HomePoint",
        ["HomeLon"] = "HomePoint",
        ["PlaceLat"] = "PlacePoint",
        ["PlaceLon"] = "PlacePoint",
    };

    /// <summary>Takes the binder's errors out of <paramref name="state"/> (the page then reports its
    /// own, in the user's language) and returns the fields they were on.</summary>
    public static List<string> Take(ModelStateDictionary state, string prefix = "Form.")
    {
        var fields = state.Where(kv => kv.Value?.Errors.Count > 0)
            .Select(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal) ? kv.Key[prefix.Length..] : kv.Key)
            .Select(f => MapPoints.GetValueOrDefault(f, f))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        state.Clear();
        return fields;
    }
}
