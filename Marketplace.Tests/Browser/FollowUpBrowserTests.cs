using System.Globalization;
using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.Tests.Browser;

/// <summary>The pages added for follow-up and employer sign-up, in Chromium with axe-core: an
/// employer registers and adds a colleague; a coach filters the caseload and records an outcome;
/// the candidate sees it in their portal.</summary>
public sealed class FollowUpBrowserTests(BrowserWorldFixture fixture) : IClassFixture<BrowserWorldFixture>
{
    [ChromiumFact]
    public async Task RegisterFilterRecordOutcome_AllRoles_PagesWorkAndAccessible()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var world = fixture.World;

        // An employer registers on the public page: errors first, then the organisation.
        var context = await browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "sv-SE" });
        var employer = await context.NewPageAsync();
        await employer.GotoAsync("/Account/Login");
        await employer.Locator("a[href='/Account/RegisterEmployer']").First.ClickAsync();
        await employer.Locator("main button.primary").ClickAsync();
        await Expect(employer.Locator("#err-Name")).Not.ToBeEmptyAsync();
        await Expect(employer.Locator("#f-OrganisationNumber")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(employer.Locator("div.validation-summary-errors")).ToBeFocusedAsync();
        await employer.CheckPageAsync("11-register-employer-errors");
        await employer.Locator("#f-Name").FillAsync("Webbläsarbageriet AB");
        await employer.Locator("#f-OrganisationNumber").FillAsync("559876-5435");
        await employer.Locator("#f-Postcode").FillAsync("392 31");
        await employer.Locator("#f-DisplayName").FillAsync("Bo Bagare");
        await employer.Locator("#f-Email").FillAsync("bo@webbageriet.se");
        await employer.Locator("#f-Password").FillAsync("mjöl och socker");
        await employer.Locator("main button.primary").ClickAsync();
        await Expect(employer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Employer$"));
        await Expect(employer.Locator(".notice")).ToBeVisibleAsync();
        await employer.CheckPageAsync("12-employer-registered");
        await employer.Locator("nav a[href='/Employer/Colleagues']").ClickAsync();
        await employer.Locator("#f-DisplayName").FillAsync("Britt Bagare");
        await employer.Locator("#f-Email").FillAsync("britt@webbageriet.se");
        await employer.Locator("#f-Password").FillAsync("kort");
        await employer.Locator("main button.primary").ClickAsync();
        await Expect(employer.Locator("#err-Password")).Not.ToBeEmptyAsync();
        await employer.Locator("#f-Password").FillAsync("vete och råg i kväll");
        await employer.Locator("main button.primary").ClickAsync();
        await Expect(employer.Locator("table")).ToContainTextAsync("britt@webbageriet.se");
        await employer.CheckPageAsync("13-employer-colleagues");

        // The new user makes the password their own, from the link in the header.
        await employer.Locator("header a[href='/Account/Password']").ClickAsync();
        await employer.Locator("main button.primary").ClickAsync();
        await Expect(employer.Locator("#err-Current")).Not.ToBeEmptyAsync();
        await Expect(employer.Locator("div.validation-summary-errors")).ToBeFocusedAsync();
        await employer.CheckPageAsync("13b-password-errors");
        await employer.Locator("#f-Current").FillAsync("mjöl och socker");
        await employer.Locator("#f-New").FillAsync("bröd och smör i dag");
        await employer.Locator("#f-Confirm").FillAsync("bröd och smör i dag");
        await employer.Locator("main button.primary").ClickAsync();
        await Expect(employer.Locator(".notice")).ToContainTextAsync("Ditt lösenord är bytt.");
        await employer.CheckPageAsync("13c-password-changed");

        // The coach filters the caseload, then records an outcome for candidate A.
        var coach = await Browsers.SignInAsync(browser, fixture.BaseUrl, world.Users["coachA"].Email!);
        // The new organisation waits for a coach of its municipality, who takes the relationship.
        await coach.GotoAsync("/Coach");
        await coach.Locator("nav a[href='/Coach/Employers']").ClickAsync();
        var newRow = coach.Locator("tbody tr", new() { HasText = "Webbläsarbageriet AB" });
        await Expect(newRow).ToContainTextAsync("Kalmar");
        await coach.CheckPageAsync("13d-coach-new-employers");
        await newRow.Locator("button.primary").ClickAsync();
        await Expect(coach.Locator(".notice")).ToContainTextAsync("Webbläsarbageriet AB");
        await Expect(newRow).ToHaveCountAsync(0); // no longer new
        await coach.Locator("nav.tabs a[href='/Coach/Employers?show=mine']").ClickAsync();
        await Expect(coach.Locator("tbody tr", new() { HasText = "Webbläsarbageriet AB" })).ToContainTextAsync("Du");
        await coach.CheckPageAsync("13e-coach-my-employers");
        await coach.GotoAsync("/Coach");
        await coach.Locator("#swedish").SelectOptionAsync("A2");
        await coach.Locator("#outcome").SelectOptionAsync("none");
        await coach.Locator("form.filters button.primary").ClickAsync();
        await Expect(coach).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("swedish=A2.*outcome=none"));
        await Expect(coach.Locator($"#caseload a[href='/Coach/Candidate/{world.CandidateA.Id}']")).ToBeVisibleAsync();
        await coach.CheckPageAsync("14-coach-caseload-filtered");
        await coach.Locator($"#caseload a[href='/Coach/Candidate/{world.CandidateA.Id}']").ClickAsync();
        await coach.Locator($"a[href='/Coach/Outcome/{world.CandidateA.Id}']").ClickAsync();
        await coach.Locator("#kind-Placement").CheckAsync();
        await coach.Locator("#f-PlacementId").SelectOptionAsync(world.PlacementE1.Id.ToString(CultureInfo.InvariantCulture));
        var start = fixture.Today;
        await coach.Locator("#f-StartDate").FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await coach.Locator("#f-EndDate").FillAsync(start.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await coach.Locator("main form button.primary").ClickAsync();
        await Expect(coach.Locator("#err-EndDate")).Not.ToBeEmptyAsync();
        await Expect(coach.Locator("#f-EndDate")).ToHaveAttributeAsync("aria-invalid", "true");
        await coach.CheckPageAsync("15-coach-outcome-errors");
        await coach.Locator("#f-EndDate").FillAsync(start.AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await coach.Locator("main form button.primary").ClickAsync();
        await Expect(coach.Locator("#outcomes")).ToContainTextAsync(world.PlacementE1.Title);
        await coach.CheckPageAsync("16-coach-candidate-outcomes");

        // The candidate sees what happened, in Swedish and in Ukrainian.
        var candidate = await Browsers.SignInAsync(browser, fixture.BaseUrl, world.Users["candidateA"].Email!);
        await candidate.GotoAsync("/Candidate");
        await Expect(candidate.Locator("#outcomes")).ToContainTextAsync("Du har en praktikplats");
        await candidate.CheckPageAsync("17-candidate-outcome");
        await candidate.Locator("#lang-select").SelectOptionAsync("uk");
        await candidate.Locator("form.lang button").ClickAsync();
        await Expect(candidate.Locator("#outcomes")).ToContainTextAsync("У вас є місце практики");
        await candidate.CheckPageAsync("18-candidate-outcome-ukrainian");

        var org = await fixture.QueryAsync(db => db.Employers.SingleAsync(e => e.OrganisationNumber == "559876-5435"));
        Assert.True(org.SelfRegistered);
        Assert.Equal(2, await fixture.QueryAsync(db => db.Users.CountAsync(u => u.EmployerOrganisationId == org.Id)));
        var outcome = await fixture.QueryAsync(db => db.Outcomes.SingleAsync(o => o.CandidateId == world.CandidateA.Id));
        Assert.Equal(OutcomeKind.Placement, outcome.Kind);
        Assert.Equal(start.AddDays(28), outcome.EndDate);
    }
}
