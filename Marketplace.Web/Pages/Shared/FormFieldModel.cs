namespace Marketplace.Web.Pages.Shared;

/// <summary>One labelled input with its hint and its error tied to it (aria-describedby,
/// aria-invalid), for the plain text fields of the registration and colleague forms.</summary>
public sealed record FormFieldModel(string Name, string Id, string Label, string Type, string Autocomplete, string? Value, string? Error, string? Hint = null);
