using System.ComponentModel.DataAnnotations;
using Marketplace.Data.Entities;

namespace Marketplace.Web.Workflows;

/// <summary>Every field of PRODUCT.md capability 2. Skills are taxonomy concept ids.</summary>
public sealed record PlacementRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Title,
    [property: Required, StringLength(4000, MinimumLength = 10), MultiLine] string Description,
    [property: Required, StringLength(16)] string OccupationGroupId,
    EmploymentForm EmploymentForm,
    CefrLevel MinSwedishLevel,
    bool LanguageSupportAvailable,
    [property: StringLength(256)] string? WorkplaceAddress,
    [property: Required, StringLength(6)] string WorkplacePostcode,
    Worktime Worktime,
    [property: Range(1, 60)] int? HoursPerWeek,
    [property: StringLength(256)] string? Schedule,
    DateOnly StartDate,
    [property: Range(1, 104)] int? DurationWeeks,
    [property: Range(1, 100)] int Seats,
    [property: StringLength(200)] string? SupervisorName,
    [property: Phone, StringLength(32)] string? SupervisorPhone,
    [property: StringLength(16)] string? RequiredLicence,
    [property: MaxLength(30)] List<string>? RequiredSkills,
    [property: MaxLength(30)] List<string>? NiceToHaveSkills,
    [property: MaxLength(10)] List<string>? UsefulLanguages,
    Guid? Version = null,
    double? WorkplaceLat = null,
    double? WorkplaceLon = null,
    [property: StringLength(16)] string? OccupationFieldId = null);
