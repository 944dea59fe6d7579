using System.Net;
using Marketplace.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marketplace.Tests.Foundation;

public sealed class LanguageTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task LoginPage_Default_Swedish()
    {
        var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"sv\"", html, StringComparison.Ordinal);
        Assert.Contains("Logga in", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChooseEnglish_ChoiceRemembered_PagesInEnglish()
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var choose = await client.GetAsync("/Language?culture=en&returnUrl=/Account/Login");
        var html = await client.GetStringAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.Redirect, choose.StatusCode);
        Assert.Equal("/Account/Login", choose.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains(">Sign in<", html, StringComparison.Ordinal);
    }

    /// <summary>A profile's experience reads in the viewer's language, with the years in its number
    /// format: never a Swedish "år" on an English page.</summary>
    [Theory]
    [InlineData("en", "(2.5 years)")]
    [InlineData("sv", "(2,5 år)")]
    public async Task CoachProfile_Experience_YearsInViewersLanguage(string culture, string expected)
    {
        var candidateId = await fixture.QueryAsync(async db =>
        {
            var c = CandidateBuilder.Valid(fixture.Clock, fixture.World.UnitA.Id, "Erfaren", "Ersson").Build();
            c.Experience = [new Data.Entities.CandidateExperience { OccupationGroupId = fixture.World.PlacementE1.OccupationGroupId, Years = 2.5m }];
            db.Candidates.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var coach = await fixture.World.ClientAsync(fixture.Factory, "coachA");
        await coach.GetAsync($"/Language?culture={culture}&returnUrl=/");

        var html = await coach.GetStringAsync($"/Coach/Candidate/{candidateId}");

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\u0000")]
    public async Task ChooseLanguage_ReturnUrlElsewhere_StaysOnSite(string returnUrl)
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/Language?culture=en&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}

public sealed class CandidatePortalLanguageTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Theory]
    [InlineData("ar", "rtl", "ملفي", "من الاهتمامات")]
    [InlineData("uk", "ltr", "Мій профіль", "серед бажаних")]
    [InlineData("en", "ltr", "My profile", "this occupation")]
    [InlineData("sv", "ltr", "Min profil", "önskat yrket")]
    public async Task CandidatePortal_InChosenLanguage_TextDirectionAndExplanations(string culture, string dir, string heading, string interestSentence)
    {
        var candidate = await fixture.World.ClientAsync(fixture.Factory, "candidateA");
        await candidate.GetAsync($"/Language?culture={culture}&returnUrl=/Candidate");

        var html = await candidate.GetStringAsync("/Candidate");

        Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        // The reasons under "Placements that could suit you" are rendered in the same language
        // (every explanation has an interest sentence), each isolated in its own direction.
        var matches = html[html.IndexOf("id=\"matches-heading\"", StringComparison.Ordinal)..];
        Assert.Contains($"<li dir=\"auto\">", matches, StringComparison.Ordinal);
        Assert.Contains(interestSentence, matches, StringComparison.Ordinal);
    }
}

public sealed class ProfileLabelLanguageTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task CoachProfile_InUkrainian_TransportAndMinutesTranslatedNoEnumNames()
    {
        var coach = await fixture.World.ClientAsync(fixture.Factory, "coachA");
        await coach.GetAsync("/Language?culture=uk&returnUrl=/");
        try
        {
            var html = await coach.GetStringAsync($"/Coach/Candidate/{fixture.World.CandidateA.Id}");

            Assert.Contains("Пішки", html, StringComparison.Ordinal);
            Assert.DoesNotContain("PublicTransport", html, StringComparison.Ordinal);
            Assert.DoesNotContain(">Walk", html, StringComparison.Ordinal);
            Assert.Contains(" хв</dd>", html, StringComparison.Ordinal);
        }
        finally
        {
            await coach.GetAsync("/Language?culture=sv&returnUrl=/");
        }
    }

    [Fact]
    public async Task CoachProfile_ActionPlanAndUnassessedSwedish_InWordsNotCodes()
    {
        var id = await fixture.QueryAsync(async db =>
        {
            var c = CandidateBuilder.Valid(fixture.Clock, fixture.World.UnitA.Id, "Plan", "Planesson").With(c => c.SwedishLevel = Data.Entities.CefrLevel.None).Build();
            c.ActionPlan.Add(new Data.Entities.ActionPlanStep { Title = "SFI-kurs", Order = 1, Status = Data.Entities.ActionPlanStepStatus.InProgress });
            c.ActionPlan.Add(new Data.Entities.ActionPlanStep { Title = "CV", Order = 2, Status = Data.Entities.ActionPlanStepStatus.Done });
            db.Candidates.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var coach = await fixture.World.ClientAsync(fixture.Factory, "coachA");

        var html = await coach.GetStringAsync($"/Coach/Candidate/{id}");

        Assert.Contains("<li>SFI-kurs – Pågår</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>CV – Klar</li>", html, StringComparison.Ordinal);
        Assert.Contains("Inte bedömd än", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InProgress", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">None", html, StringComparison.Ordinal);
    }
}
