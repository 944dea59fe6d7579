using Marketplace.Matching.Commute;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Geo;
using Marketplace.Matching.Languages;

namespace Marketplace.Matching.Tests.Engine;

/// <summary>Real taxonomy ids used across the matching tests (SSYK 8344 Truckförare).</summary>
internal static class Ids
{
    public const string ForkliftGroup = "MrcX_RDn_N53";
    public const string Forklift = "8pHc_Lqc_QxD";      // Gaffeltruck
    public const string TruckB = "HeXq_amc_ABd";        // B-truckar
    public const string TruckD = "E98A_6gA_wC5";        // D-truckar
    public const string Adr = "KwWd_Ffq_2kE";           // ADR-intyg
    public const string Tlp10 = "CiMi_7ax_tXs";         // Utbildningsbevis enligt TLP 10 för truckförare
    public const string Unrelated = "3M7W_Tgq_hRm";     // Taktil stimulering (care work)
    public const string CareGroup = "jY19_knH_MJp";
    public const string Arabic = "3iEY_RGP_qXq";
    public const string English = "NVxJ_hLg_TYS";
    public const string Field = "X82t_awd_Qyc";
}

/// <summary>Test data builders: a valid, eligible default that each test changes with `with`.</summary>
internal static class A
{
    public static readonly DateOnly Start = new(2026, 3, 2);
    public static readonly GeoPoint Workplace = new(57.7, 11.97);

    public static CandidateDocument Candidate(long id = 1) => new(
        id,
        Searchable: true,
        Consent: true,
        AvailableFrom: Start.AddDays(-10),
        Home: Workplace,
        Modes: TransportModes.Walk | TransportModes.Bike,
        Licences: ["B"],
        MaxCommuteMinutes: 60,
        Swedish: LanguageLevel.Create(CefrLevel.B1),
        OtherLanguages: [],
        Skills: [Ids.Forklift],
        Experience: [],
        Interests: [],
        WorkingTime.Either,
        new ProtectedCharacteristics());

    public static PlacementDocument Placement(long id = 100) => new(
        id,
        Ids.ForkliftGroup,
        OccupationFieldId: null,
        RequiredSkills: [Ids.Forklift],
        NiceToHaveSkills: [],
        MinSwedish: CefrLevel.A2,
        LanguageSupport: false,
        UsefulLanguages: [],
        Workplace,
        Start,
        RequiredLicence: null,
        WorkingTime.FullTime,
        PlacementStatus.Open);
}

/// <summary>A commute table that answers the same estimate for every home (or none).</summary>
internal sealed class FixedCommute(CommuteEstimate? estimate) : ICommuteTable
{
    public CommuteEstimate? Best(GeoPoint home, TransportModes modes) => modes == TransportModes.None ? null : estimate;

    public static FixedCommute Minutes(int minutes, CommuteMode mode = CommuteMode.Bike, int transfers = 0) =>
        new(new CommuteEstimate(minutes, mode, transfers));
}
