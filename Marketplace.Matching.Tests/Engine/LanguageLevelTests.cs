using System.Text;
using Marketplace.Matching.Languages;

namespace Marketplace.Matching.Tests.Engine;

public class LanguageLevelTests
{
    private static readonly LanguageLevelMapping Mapping = LanguageLevelMapping.Default;

    [Theory]
    [InlineData("A", CefrLevel.A1)]
    [InlineData("B", CefrLevel.A2)]
    [InlineData("C", CefrLevel.B1)]
    [InlineData("D", CefrLevel.B2)]
    public void FromSfi_CompletedCourse_CountsAtItsLevel(string course, CefrLevel expected) =>
        Assert.Equal(LanguageLevel.Create(expected), Mapping.FromSfi(course, completed: true));

    [Fact]
    public void FromSfi_StudyingKursC_CountsAtA2WithProgressTowardB1()
    {
        var level = Mapping.FromSfi("C", completed: false, progressPercent: 40);
        Assert.Equal(CefrLevel.A2, level.Level);
        Assert.Equal(40, level.ProgressPercent);
    }

    [Fact]
    public void FromSfi_StudyingKursA_NoLevelYet() => Assert.Equal(CefrLevel.None, Mapping.FromSfi("A", completed: false).Level);

    [Theory]
    [InlineData("Lite", CefrLevel.A2)]
    [InlineData("Bra", CefrLevel.B1)]
    [InlineData("Mycket bra", CefrLevel.B2)]
    [InlineData("Flytande", CefrLevel.C1)]
    public void FromJobTech_Label_MapsToCefr(string label, CefrLevel expected) => Assert.Equal(expected, Mapping.FromJobTech(label).Level);

    [Fact]
    public void FromSfi_UnknownCourse_Throws() => Assert.Throws<ArgumentException>(() => Mapping.FromSfi("E", completed: true));

    [Fact]
    public void Parse_MunicipalityMapping_ReplacesDefault()
    {
        const string json = """{"sfiCourses":[{"course":"D","level":"B1"}],"jobTech":[{"label":"Bra","level":"B2"}]}""";
        var custom = LanguageLevelMapping.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(CefrLevel.B1, custom.FromSfi("D", completed: true).Level);
        Assert.Equal(CefrLevel.B2, custom.FromJobTech("Bra").Level);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(-1)]
    public void Create_ProgressOutOfRange_Throws(int progress) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LanguageLevel.Create(CefrLevel.A2, progress));

    [Fact]
    public void Encoded_RoundTrips_AndOrdersByLevelThenProgress()
    {
        var a2 = LanguageLevel.Create(CefrLevel.A2, 90);
        Assert.Equal(a2, LanguageLevel.FromEncoded(a2.Encoded));
        Assert.True(a2.Encoded < LanguageLevel.Create(CefrLevel.B1).Encoded);
    }

    [Theory]
    [InlineData(CefrLevel.None)]
    [InlineData(CefrLevel.C2)]
    public void Create_EndsOfTheScale_Valid(CefrLevel level) => Assert.Equal(level, LanguageLevel.Create(level).Level);

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Create_LevelOffTheScale_Throws(int level) =>
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => LanguageLevel.Create((CefrLevel)level)).ParamName);

    [Fact]
    public void Create_ProgressBeyondC2_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LanguageLevel.Create(CefrLevel.C2, 1));
        Assert.Contains("C2 is the top", e.Message, StringComparison.Ordinal);
        Assert.Equal(99, LanguageLevel.Create(CefrLevel.C1, 99).ProgressPercent);
    }

    [Fact]
    public void Create_ProgressOutOfRange_MessageGivesTheRange() =>
        Assert.Contains("0–99", Assert.Throws<ArgumentOutOfRangeException>(() => LanguageLevel.Create(CefrLevel.A2, 100)).Message, StringComparison.Ordinal);

    [Fact]
    public void ToString_LevelWithoutProgress_NoneAsDash()
    {
        Assert.Equal("–", LanguageLevel.None.ToString());
        Assert.Equal("B1", LanguageLevel.Create(CefrLevel.B1, 40).ToString());
    }

    [Fact]
    public void FromJobTech_UnknownLabel_ThrowsNamingIt() =>
        Assert.Contains("'Hyfsad'", Assert.Throws<ArgumentException>(() => Mapping.FromJobTech("Hyfsad")).Message, StringComparison.Ordinal);
}
