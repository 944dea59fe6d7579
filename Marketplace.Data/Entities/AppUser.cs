using Microsoft.AspNetCore.Identity;

namespace Marketplace.Data.Entities;

/// <summary>Any person who signs in. Which of the foreign keys is set follows from the role:
/// a coach or admin has a unit, an employer user an organisation, a candidate their profile.</summary>
public class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }
    /// <summary>BCP 47 tag of the user's chosen UI language ("sv", "en", "ar", "uk").</summary>
    public string PreferredLanguage { get; set; } = "sv";
    public int? UnitId { get; set; }
    public MunicipalUnit? Unit { get; set; }
    public int? EmployerOrganisationId { get; set; }
    public EmployerOrganisation? EmployerOrganisation { get; set; }
    public int? CandidateId { get; set; }
    public bool EmailNotifications { get; set; } = true;
}

public static class Roles
{
    public const string Candidate = "Candidate";
    public const string Coach = "Coach";
    public const string EmployerUser = "EmployerUser";
    public const string Admin = "Admin";
    public static readonly IReadOnlyList<string> All = [Candidate, Coach, EmployerUser, Admin];
}
