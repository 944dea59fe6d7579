namespace Marketplace.Web.Pages.Shared;

/// <summary>What <c>_Picker.cshtml</c> needs: the form field name, the lookup endpoint, the ids
/// already picked with their labels, and the field's error if any.</summary>
public sealed record PickerModel(string Name, string Key, string Legend, string Endpoint, IReadOnlyList<string> Selected,
    IReadOnlyDictionary<string, string> Labels, string? Error);
