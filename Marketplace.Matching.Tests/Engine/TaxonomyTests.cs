using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Tests.Engine;

public class TaxonomyTests
{
    [Theory]
    [InlineData("B", "B", true)]
    [InlineData("B", "BE", true)]
    [InlineData("B", "C1", true)]
    [InlineData("B", "CE", true)]
    [InlineData("B", "D1E", true)]
    [InlineData("B", "DE", true)]
    [InlineData("C1", "C", true)]
    [InlineData("D1", "D", true)]
    [InlineData("A1", "A2", true)]
    [InlineData("A1", "A", true)]
    [InlineData("A2", "A", true)]
    [InlineData("BE", "C1E", true)]
    [InlineData("BE", "DE", true)]
    [InlineData("C", "C1", false)]
    [InlineData("C", "B", false)]
    [InlineData("B", "A", false)]
    [InlineData("D", "C", false)]
    [InlineData("BE", "C1", false)]
    public void Satisfies_HeldClass_FollowsImplication(string requested, string held, bool expected) =>
        Assert.Equal(expected, DrivingLicences.Satisfies([held], requested));

    [Theory]
    [InlineData(false, "AM")]
    [InlineData(false, "A")]
    [InlineData(false, "AM", "A1", "A2", "A")]
    [InlineData(false)]
    [InlineData(true, "B")]
    [InlineData(true, "AM", "Utökad B")]
    [InlineData(true, "C")]
    [InlineData(true, "D1E")]
    public void AllowsCar_OnlyBOrAClassIncludingB(bool expected, params string[] held) =>
        Assert.Equal(expected, DrivingLicences.AllowsCar(held));

    [Fact]
    public void Satisfies_NoRequirement_AlwaysTrue() => Assert.True(DrivingLicences.Satisfies([], null));

    [Fact]
    public void SatisfiedBy_B_ListsEveryClassBuildingOnIt() =>
        Assert.Equal(["B", "Utökad B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"], DrivingLicences.SatisfiedBy("B"));

    /// <summary>The whole implication closure as coded (Transportstyrelsen: a class that builds on
    /// another includes its rights): requested class → every held class that satisfies it.</summary>
    [Theory]
    [InlineData("AM", "AM", "A1", "A2", "A", "B", "Utökad B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE")]
    [InlineData("A1", "A1", "A2", "A")]
    [InlineData("A2", "A2", "A")]
    [InlineData("A", "A")]
    [InlineData("Utökad B", "Utökad B", "BE", "C1E", "CE", "D1E", "DE")]
    [InlineData("BE", "BE", "C1E", "CE", "D1E", "DE")]
    [InlineData("C1", "C1", "C1E", "C", "CE")]
    [InlineData("C1E", "C1E", "CE")]
    [InlineData("C", "C", "CE")]
    [InlineData("CE", "CE")]
    [InlineData("D1", "D1", "D1E", "D", "DE")]
    [InlineData("D1E", "D1E", "DE")]
    [InlineData("D", "D", "DE")]
    [InlineData("DE", "DE")]
    public void SatisfiedBy_EveryClass_ItselfAndEveryClassIncludingIt(string requested, params string[] expected) =>
        Assert.Equal(expected, DrivingLicences.SatisfiedBy(requested));

    [Fact]
    public void Mask_ClassListedTwice_StillHeld()
    {
        Assert.Equal(DrivingLicences.Mask(["C"]), DrivingLicences.Mask(["C", "C"]));
        Assert.True(DrivingLicences.Satisfies(["B", "B"], "B"));
        Assert.True(DrivingLicences.AllowsCar(["CE", "CE", "AM"]));
    }

    [Fact]
    public void Mask_UnknownClass_ThrowsNamingTheClass()
    {
        var e = Assert.Throws<ArgumentException>(() => DrivingLicences.Mask(["B", "Q"]));
        Assert.Contains("'Q'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DrivingLicences.SatisfyingMask("Q"));
    }

    [Fact]
    public void Classes_EveryTaxonomyLicence_IsKnown() =>
        Assert.All(TaxonomyData.Default.DrivingLicenceConcepts, c => Assert.True(DrivingLicences.IsKnown(c.Label), c.Label));

    [Theory]
    [InlineData("392 31", "39231")]
    [InlineData(" 39231 ", "39231")]
    [InlineData("392-31", "39231")]
    public void Normalise_SpacedPostcode_DigitsOnly(string input, string expected) => Assert.Equal(expected, Postcodes.Normalise(input));

    [Fact]
    public void PointOf_KalmarPostcode_ReturnsLocalityPoint()
    {
        var entry = TaxonomyData.Default.Postcodes.Find("392 31");
        Assert.NotNull(entry);
        Assert.Equal("Kalmar", entry.Place);
        Assert.InRange(entry.Point.Lat, 56.5, 56.8);
    }

    [Fact]
    public void Postcodes_EmbeddedTable_HasAllRows() => Assert.Equal(18_815, TaxonomyData.Default.Postcodes.All.Count);

    [Fact]
    public void PointOf_UnknownPostcode_ReturnsNull() => Assert.Null(TaxonomyData.Default.Postcodes.PointOf("00000"));

    [Fact]
    public void RelatedSkills_ForkliftGroup_ContainsForklift()
    {
        var t = TaxonomyData.Default;
        Assert.Equal(Ids.ForkliftGroup, t.GroupBySsyk("8344")!.Id);
        Assert.Contains(Ids.Forklift, t.RelatedSkills(Ids.ForkliftGroup));
        Assert.Empty(t.RelatedSkills("no-such-group"));
    }

    [Fact]
    public void SkillLabel_KnownAndUnknown_LabelOrId()
    {
        Assert.Equal("Gaffeltruck", TaxonomyData.Default.SkillLabel(Ids.Forklift));
        Assert.Equal("zzz", TaxonomyData.Default.SkillLabel("zzz"));
    }

    // TaxonomyData.Default is loaded once per process, so the parsing is pinned on small inputs
    // parsed here rather than through the shared snapshot.

    private const string SmallTaxonomy = """
        {"occupationGroups":[{"id":"g1","ssyk":"8344","label":"Truckförare","skills":["s1","s2"]}],
         "skills":[{"id":"s1","label":"Gaffeltruck"}],
         "languages":[{"id":"l1","code":"10015","label":"Arabiska"}],
         "drivingLicences":[{"id":"d1","code":"10","label":"B"}],
         "occupationFields":[{"id":"f1","code":"1","label":"Transport"}],
         "municipalities":[{"id":"m1","code":"0880","label":"Kalmar"}]}
        """;

    private const string SmallPostcodes = "postcode\tplace\tmunicipality\tlat\tlon\n39231\tKalmar\t0880\t56.66\t16.36\n\n10004\tStockholm\t0180\t59.33\t18.06\n";

    private static TaxonomyData Small() =>
        TaxonomyData.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SmallTaxonomy)), new StringReader(SmallPostcodes));

    [Fact]
    public void Parse_SmallSnapshot_ReadsEveryList()
    {
        var t = Small();
        Assert.Equal("g1", t.GroupBySsyk("8344")!.Id);
        Assert.Equal(["s1", "s2"], t.RelatedSkills("g1").Order(StringComparer.Ordinal));
        Assert.Equal(new Concept("s1", null, "Gaffeltruck"), t.Skill("s1"));
        Assert.Equal(new Concept("l1", "10015", "Arabiska"), t.Language("l1"));
        Assert.Equal([new Concept("d1", "10", "B")], t.DrivingLicenceConcepts);
        Assert.Equal([new Concept("f1", "1", "Transport")], t.OccupationFields);
        Assert.Equal([new Concept("m1", "0880", "Kalmar")], t.Municipalities);
    }

    [Fact]
    public void LanguageLabel_KnownAndUnknown_LabelOrId()
    {
        Assert.Equal("Arabiska", Small().LanguageLabel("l1"));
        Assert.Equal("zzz", Small().LanguageLabel("zzz"));
    }

    [Fact]
    public void Postcodes_Parse_SkipsHeaderAndBlankLines_AllInPostcodeOrder()
    {
        var postcodes = Small().Postcodes;
        Assert.Equal(["10004", "39231"], postcodes.All.Select(e => e.Postcode));
        Assert.Equal(new PostcodeEntry("39231", "Kalmar", "0880", new Marketplace.Matching.Geo.GeoPoint(56.66, 16.36)), postcodes.Find("392 31"));
    }

    [Fact]
    public void EmbeddedResources_Missing_ThrowsNamingIt() =>
        Assert.Contains("no-such.json", Assert.Throws<InvalidOperationException>(() => EmbeddedResources.Open("no-such.json")).Message, StringComparison.Ordinal);
}
