using Marketplace.Tests.Workflows;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.Tests.Browser;

/// <summary>A recruitment meeting in Chromium: the coach creates and publishes it with the form,
/// invites from the shortlist; the candidate answers in the portal in a second browser context; the
/// coach's open meeting page shows the answer arrive over the existing SignalR connection.</summary>
public sealed class MeetingBrowserTests(BrowserWorldFixture fixture) : IClassFixture<BrowserWorldFixture>
{
    [ChromiumFact]
    public async Task Meeting_CoachInvitesCandidateAnswersInPortal_CoachPageShowsAnswerLive()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "Guest");
        using (var api = await Browsers.ApiClientAsync(fixture.BaseUrl, fixture.World.Users["coachA"].Email!))
        {
            await api.ShortlistAsync(fixture.World.PlacementE1.Id, candidate.Id);
        }
        var coach = await Browsers.SignInAsync(browser, fixture.BaseUrl, fixture.World.Users["coachA"].Email!);

        await coach.GotoAsync("/Coach/Meetings");
        await coach.CheckPageAsync("30-coach-meetings");
        await coach.Locator("main a.button.primary").ClickAsync();
        await coach.Locator("#Form_Title").FillAsync("Rekryteringsträff städ");
        await coach.Locator("#Form_Place").FillAsync("Storgatan 1, Kalmar");
        await coach.Locator("#employer-0").SelectOptionAsync(new SelectOptionValue { Label = fixture.World.Employer1.Name });
        await coach.CheckPageAsync("31-coach-new-meeting");
        await coach.Locator("main form button.primary[type=submit]").Last.ClickAsync();
        await Expect(coach).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Coach/Meeting/\\d+$"));
        await coach.Locator("form button.primary", new() { HasTextString = "Publicera" }).ClickAsync();
        await coach.Locator("#entryIds").SelectOptionAsync(new SelectOptionValue { Label = $"Kim Guest – {fixture.World.PlacementE1.Title}" });
        await coach.Locator("#invite button[type=submit]").ClickAsync();
        var row = coach.Locator("td[id^=state-]");
        await Expect(row).ToHaveAttributeAsync("data-state", "Invited");
        await Expect(coach.Locator("#notifications-badge")).ToHaveAttributeAsync("data-live", "true");
        await coach.CheckPageAsync("32-coach-meeting-invited");

        var guest = await Browsers.SignInAsync(browser, fixture.BaseUrl, fixture.World.Users["Guest"].Email!);
        await guest.GotoAsync("/Candidate#meetings");
        await guest.CheckPageAsync("33-candidate-invitation");
        await guest.Locator("#meetings button.primary").ClickAsync();
        await Expect(guest.Locator("#meetings .answer")).ToHaveTextAsync("Ja, jag kommer");
        await guest.CheckPageAsync("34-candidate-answered");

        // No reload on the coach's side: the push arrives and the script rewrites the row.
        await Expect(row).ToHaveAttributeAsync("data-state", "Accepted");
        await Expect(row).ToHaveTextAsync("Ja, kommer");
        await Expect(coach.Locator("#accepted-count")).ToHaveTextAsync("1");
        await coach.CheckPageAsync("35-coach-meeting-answer-live");
    }
}
