namespace Marketplace.Web.Pages.Shared;

/// <summary>What <c>_MapPicker.cshtml</c> needs: the form names of the two coordinates, their
/// current values, the field key for errors, and the legend. <see cref="Empty"/> says what is used
/// without a point (the postcode, unless the form has none).</summary>
public sealed record MapPickerModel(string Key, string Legend, string LatName, string LonName, double? Lat, double? Lon, string? Error, string Help, string? Empty = null);
