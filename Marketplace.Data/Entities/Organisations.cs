namespace Marketplace.Data.Entities;

/// <summary>A municipality's labour-market unit; coaches belong to one.</summary>
public class MunicipalUnit
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Kommunkod, e.g. "0880" for Kalmar.</summary>
    public required string MunicipalityCode { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>The granting unit lets coaches of the receiving unit see its candidates (e.g. Nybro
/// lets Kalmar handle its participants). Nothing is shared without one.</summary>
public class DataSharingAgreement
{
    public int Id { get; set; }
    public int GrantingUnitId { get; set; }
    public MunicipalUnit? GrantingUnit { get; set; }
    public int ReceivingUnitId { get; set; }
    public MunicipalUnit? ReceivingUnit { get; set; }
    public required string Purpose { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    /// <summary>Who recorded it (an admin of the granting unit), and when.</summary>
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Set when an admin of the granting unit ends it: access stops at once, whatever
    /// <see cref="ValidTo"/> said. Kept, not deleted, so the log can say what was in force when.</summary>
    public DateTime? EndedAt { get; set; }
    public string? EndedById { get; set; }
    /// <summary>Changes the admin's form or a concurrent admin may race on.</summary>
    public Guid Version { get; set; }
}

public class EmployerOrganisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Organisationsnummer as NNNNNN-NNNN, validated with its Luhn check digit.</summary>
    public required string OrganisationNumber { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public string? MunicipalityCode { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    /// <summary>The coach who holds the relationship with this employer.</summary>
    public string? RelationshipCoachId { get; set; }
    /// <summary>Registered by the employer itself on the public page (not by a coach): new to the
    /// municipality's unit until a coach takes the relationship (docs/decisions/0007).</summary>
    public bool SelfRegistered { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<Placement> Placements { get; set; } = [];
}
