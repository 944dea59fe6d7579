using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Shared;

/// <summary>How a page shows a use case's field errors: each under its form field (the first
/// message, in the reader's language), or one line for a page without a form.</summary>
public static class FormErrors
{
    /// <summary>Each field's first message under "Form.{field}"; an error without a field ("")
    /// goes to the summary. <paramref name="fieldFor"/> maps request names to form names where
    /// they differ; <paramref name="message"/> turns (field, message) into what the reader sees.</summary>
    public static void AddTo(this FieldErrors errors, ModelStateDictionary state, Func<string, string, string> message,
        Func<string, string>? fieldFor = null, string prefix = "Form")
    {
        foreach (var (field, messages) in errors.All)
        {
            var name = fieldFor?.Invoke(field) ?? field;
            state.AddModelError(name.Length == 0 ? "" : $"{prefix}.{name}", message(field, messages[0]));
        }
    }

    /// <summary>The first message, for a page that answers with one line (TempData).</summary>
    public static string FirstMessage(this FieldErrors? errors, IStringLocalizer l) =>
        errors is { Any: true } ? l[errors.All.First().Value[0]] : l["Something went wrong."];
}
