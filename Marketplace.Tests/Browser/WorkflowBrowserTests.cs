using System.Globalization;
using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.Tests.Browser;

/// <summary>The placement → shortlist → consent → assessment flow through the real pages in
/// Chromium, each role in its own browser context, with axe-core on every page visited.</summary>
public sealed class WorkflowBrowserTests(BrowserWorldFixture fixture) : IClassFixture<BrowserWorldFixture>
{
    [ChromiumFact]
    public async Task PlacementToAssessment_AllRoles_FlowCompletesAndPagesAccessible()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var world = fixture.World;
        var group = await fixture.QueryAsync(db => db.OccupationGroups.Where(g => g.Ssyk == "9111").Select(g => g.Ssyk + " " + g.Label).SingleAsync());

        // Employer creates a placement with the form and publishes it.
        var employer = await Browsers.SignInAsync(browser, fixture.BaseUrl, world.Users["employer1"].Email!);
        await employer.GotoAsync("/Employer");
        await employer.CheckPageAsync("01-employer-placements");
        await employer.GotoAsync("/Employer/Edit");
        await employer.Locator("main form button.primary").ClickAsync(); // empty form: errors, nothing saved
        await Expect(employer.Locator("#err-Title")).Not.ToBeEmptyAsync();
        await Expect(employer.Locator("#Form_Title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(employer.Locator("div.validation-summary-errors")).ToBeFocusedAsync();
        await employer.CheckPageAsync("02-employer-new-placement-errors");
        await employer.Locator("#Form_Title").FillAsync("Lagerpraktik i webbläsaren");
        await employer.Locator("#Form_Description").FillAsync("Plock och pack på lagret, handledare finns på plats.");
        await employer.Locator("#Form_OccupationGroup").PressSequentiallyAsync("Städ");
        await Expect(employer.Locator("#list-groups option").First).ToBeAttachedAsync();
        await employer.Locator("#Form_OccupationGroup").FillAsync(group);
        var skill = employer.Locator("#pick-RequiredSkills");
        await skill.PressSequentiallyAsync("städ");
        var option = employer.Locator("#list-RequiredSkills option").First;
        await Expect(option).ToBeAttachedAsync();
        await skill.FillAsync((await option.GetAttributeAsync("value"))!);
        await skill.DispatchEventAsync("change");
        await Expect(employer.Locator("[data-name='Form.RequiredSkills'] .chips li")).ToHaveCountAsync(1);
        await employer.Locator("#Form_WorkplacePostcode").FillAsync("392 31");
        await employer.Locator("#Form_Seats").FillAsync("2");
        await employer.Locator("main form button.primary").Last.ClickAsync();
        await Expect(employer.Locator("#status-heading")).ToBeVisibleAsync();
        await employer.CheckPageAsync("03-employer-draft-saved");
        await employer.Locator("form[action*='handler=Status'] button.primary").ClickAsync();
        await Expect(employer.Locator("a[href^='/Employer/Placement/']")).ToBeVisibleAsync();
        var placementId = await fixture.QueryAsync(db => db.Placements.Where(p => p.Title == "Lagerpraktik i webbläsaren").Select(p => p.Id).SingleAsync());
        Assert.Equal(PlacementStatus.Published, await fixture.QueryAsync(db => db.Placements.Where(p => p.Id == placementId).Select(p => p.Status).SingleAsync()));

        // Coach shortlists candidate A and asks for consent (3 days is preselected).
        var coach = await Browsers.SignInAsync(browser, fixture.BaseUrl, world.Users["coachA"].Email!);
        await coach.GotoAsync("/Coach/Placements");
        await coach.CheckPageAsync("04-coach-placements");
        await coach.Locator($"a[href='/Coach/Match/{placementId}']").ClickAsync();
        await Expect(coach.Locator("table.matches")).ToBeVisibleAsync();
        await coach.Locator("table.matches details summary").First.ClickAsync();
        await Expect(coach.Locator("table.matches details li").First).ToBeVisibleAsync();
        await coach.CheckPageAsync("04b-coach-matching");
        await coach.GotoAsync("/Coach/EditCandidate");
        await coach.Locator("button.primary[type=submit]").ClickAsync();
        await Expect(coach.Locator("#err-FirstName")).Not.ToBeEmptyAsync();
        await coach.CheckPageAsync("04c-coach-new-candidate-errors");
        await coach.GotoAsync("/Coach/Placements");
        await coach.Locator($"a[href='/Coach/Shortlist/{placementId}']").ClickAsync();
        await coach.Locator("#candidateIds").SelectOptionAsync(world.CandidateA.Id.ToString(CultureInfo.InvariantCulture));
        await coach.Locator("#add button.primary").ClickAsync();
        var entry = coach.Locator("section[id^='entry-']");
        await Expect(entry).ToHaveCountAsync(1);
        await entry.Locator("form[action*='handler=Consent'] button").ClickAsync();
        await Expect(coach.Locator("form[action*='handler=Withdraw']")).ToBeVisibleAsync();
        await coach.Locator("section[id^='entry-'] details summary").ClickAsync();
        await coach.CheckPageAsync("05-coach-shortlist-consent-sent");

        // Before the candidate answers, the employer sees a pseudonym only.
        await employer.GotoAsync($"/Employer/Placement/{placementId}");
        await Expect(employer.Locator("main")).Not.ToContainTextAsync(world.CandidateA.LastName);
        await Expect(employer.Locator("a[href^='/Employer/Candidate/']")).ToHaveCountAsync(0);
        await employer.CheckPageAsync("06-employer-presented-pseudonymised");

        // The candidate says yes in their portal.
        var candidate = await Browsers.SignInAsync(browser, fixture.BaseUrl, world.Users["candidateA"].Email!);
        await candidate.GotoAsync("/Candidate");
        await candidate.CheckPageAsync("07-candidate-question");
        await candidate.Locator("#questions button[name=accept][value=true]").ClickAsync();
        await Expect(candidate.Locator("#questions .notice")).ToBeVisibleAsync();
        await candidate.CheckPageAsync("08-candidate-answered");
        // The portal in Arabic: chosen from the language menu, laid out right to left.
        await candidate.Locator("#lang-select").SelectOptionAsync("ar");
        await candidate.Locator("form.lang button").ClickAsync();
        await Expect(candidate.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(candidate.Locator("h1")).ToHaveTextAsync("ملفي");
        // The reasons a placement could suit them are in Arabic too, each in its own direction.
        await Expect(candidate.Locator("section[aria-labelledby='matches-heading'] li[dir='auto']").Last).ToContainTextAsync("الاهتمامات");
        await candidate.CheckPageAsync("08b-candidate-arabic");

        // Now the employer opens the full profile (logged) and marks the candidate interesting.
        await employer.GotoAsync($"/Employer/Placement/{placementId}");
        await employer.Locator("a[href^='/Employer/Candidate/']").ClickAsync();
        await Expect(employer.Locator("h1")).ToContainTextAsync(world.CandidateA.LastName);
        await employer.CheckPageAsync("09-employer-full-profile");
        await employer.GoBackAsync();
        await employer.Locator("select[id^='assess-']").SelectOptionAsync("Interesting");
        await employer.Locator("form[action*='handler=Assess'] button").ClickAsync();
        await Expect(employer.Locator(".notice")).ToBeVisibleAsync();
        await employer.CheckPageAsync("10-employer-assessed");

        var saved = await fixture.QueryAsync(db => db.ShortlistEntries.SingleAsync(e => e.PlacementId == placementId));
        Assert.Equal(EmployerAssessment.Interesting, saved.EmployerAssessment);
        var key = world.CandidateA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await fixture.QueryAsync(db => db.AccessAudit.AnyAsync(a => a.ObjectKind == "Candidate" && a.ObjectId == key && a.Permitted && a.Purpose == $"placement:{placementId}")));
    }
}
