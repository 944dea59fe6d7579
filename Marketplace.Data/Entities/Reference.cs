namespace Marketplace.Data.Entities;

// Taxonomy reference tables, loaded at start-up from the files the repository ships
// (Marketplace.Matching/Resources; see NOTICE). Keys are JobTech concept ids.

public class OccupationGroup
{
    public required string Id { get; set; }
    public required string Ssyk { get; set; }
    public required string Label { get; set; }
}

public class Skill
{
    public required string Id { get; set; }
    public required string Label { get; set; }
}

public class LanguageRef
{
    public required string Id { get; set; }
    public required string Label { get; set; }
}

public class DrivingLicenceClass
{
    public required string Code { get; set; }
    public required string Label { get; set; }
}

public class Municipality
{
    public required string Code { get; set; }
    public required string Label { get; set; }
}

public class Postcode
{
    public required string Code { get; set; }
    public required string Place { get; set; }
    public required string MunicipalityCode { get; set; }
    public double Lat { get; set; }
    public double Lon { get; set; }
}
