using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.Tests.Browser;

/// <summary>The skill pickers on the placement form, typed into as an employer does: Enter picks,
/// it never submits the form; text that is not one suggestion gets a message instead of being
/// dropped on saving.</summary>
public sealed class PickerBrowserTests(BrowserWorldFixture fixture) : IClassFixture<BrowserWorldFixture>
{
    private const string Picker = "fieldset[data-name='Form.RequiredSkills']";

    [ChromiumFact]
    public async Task Enter_InSkillPicker_PicksTheSuggestionAndDoesNotSubmit()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await OpenPlacementAsync(browser);
        var input = page.Locator($"{Picker} input[list]");
        var id = fixture.World.PlacementE1.Id;
        var versionBefore = await fixture.QueryAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());

        // Typed in lower case and Enter pressed at once, before any suggestion has been shown.
        await input.FillAsync("gaffeltruck");
        await input.PressAsync("Enter");

        await Expect(page.Locator($"{Picker} .chips li span")).ToContainTextAsync(["Gaffeltruck"]);
        await Expect(input).ToHaveValueAsync("");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Employer/Edit/"));
        Assert.Equal(versionBefore, await fixture.QueryAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.Version).SingleAsync()));
    }

    [ChromiumFact]
    public async Task Enter_WithTextMatchingNothing_SaysSoNextToThePicker()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await OpenPlacementAsync(browser);
        var input = page.Locator($"{Picker} input[list]");
        var chipsBefore = await page.Locator($"{Picker} .chips li").CountAsync();

        await input.FillAsync("Qwxzy-kompetens");
        await input.PressAsync("Enter");

        await Expect(page.Locator($"{Picker} .error")).ToHaveTextAsync("Inget i listan matchar ”Qwxzy-kompetens”. Välj ett förslag i listan.");
        await Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator($"{Picker} .chips li")).ToHaveCountAsync(chipsBefore);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Employer/Edit/"));
    }

    [ChromiumFact]
    public async Task Save_WithUnpickedTextInAPicker_StopsWithTheMessageAndKeepsTheText()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await OpenPlacementAsync(browser);
        var input = page.Locator($"{Picker} input[list]");
        var id = fixture.World.PlacementE1.Id;
        var versionBefore = await fixture.QueryAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());

        // "truck" is in several skills: the employer has to choose one.
        await input.FillAsync("truck");
        await page.Locator("form:has(#Form_Title) button[type=submit].primary").ClickAsync();

        await Expect(page.Locator($"{Picker} .error")).ToHaveTextAsync("Flera förslag matchar ”truck”. Välj ett i listan.");
        await Expect(input).ToHaveValueAsync("truck");
        Assert.Equal(versionBefore, await fixture.QueryAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.Version).SingleAsync()));

        // One suggestion named exactly: saving picks it and saves it.
        await input.FillAsync("Truckvana");
        await page.SubmitAsync("form:has(#Form_Title) button[type=submit].primary");
        await Expect(page.Locator(".validation-summary-errors li:not(:empty)")).ToHaveCountAsync(0);
        var truckvana = await fixture.QueryAsync(db => db.Skills.Where(s => s.Label == "Truckvana").Select(s => s.Id).SingleAsync());
        Assert.True(await fixture.QueryAsync(db => db.Placements.AnyAsync(p => p.Id == id && p.Skills.Any(s => s.SkillId == truckvana && s.Required))));
    }

    [ChromiumFact]
    public async Task Placement_AndProfile_OccupationFieldChosenAndStored()
    {
        var field = Marketplace.Web.Workflows.OccupationFields.All.First(f => f.Label.StartsWith("Hotell", StringComparison.Ordinal));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await OpenPlacementAsync(browser);
        var id = fixture.World.PlacementE1.Id;

        await page.Locator("#Form_OccupationFieldId").SelectOptionAsync(new SelectOptionValue { Label = field.Label });
        await page.SubmitAsync("form:has(#Form_Title) button[type=submit].primary");

        await Expect(page.Locator(".validation-summary-errors li:not(:empty)")).ToHaveCountAsync(0);
        Assert.Equal(field.Id, await fixture.QueryAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.OccupationFieldId).SingleAsync()));

        // The coach names the whole field as the candidate's interest, from the same picker as groups.
        var coach = await Browsers.SignInAsync(browser, fixture.BaseUrl, fixture.World.Users["coachA"].Email!);
        await coach.GotoAsync("/Language?culture=sv&returnUrl=/");
        var candidate = fixture.World.CandidateA.Id;
        await coach.GotoAsync($"/Coach/EditCandidate/{candidate}");
        var interests = coach.Locator("fieldset[data-name='Form.Interests'] input[list]");
        await interests.FillAsync(field.Label + " (hela yrkesområdet)");
        await interests.PressAsync("Enter");
        await Expect(coach.Locator("fieldset[data-name='Form.Interests'] .chips li span")).ToContainTextAsync([field.Label + " (hela yrkesområdet)"]);
        await coach.Locator("form:has(#Form_ExperienceYears) button[type=submit].primary").ClickAsync();
        await Expect(coach).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Coach/EditCandidate"));
        Assert.True(await fixture.QueryAsync(db => db.Candidates.AnyAsync(c => c.Id == candidate && c.Interests.Any(i => i.OccupationGroupId == field.Id))));
    }

    private async Task<IPage> OpenPlacementAsync(IBrowser browser)
    {
        var page = await Browsers.SignInAsync(browser, fixture.BaseUrl, fixture.World.Users["employer1"].Email!);
        await page.GotoAsync("/Language?culture=sv&returnUrl=/");
        await page.GotoAsync($"/Employer/Edit/{fixture.World.PlacementE1.Id}");
        return page;
    }
}
