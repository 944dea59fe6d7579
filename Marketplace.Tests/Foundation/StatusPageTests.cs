using System.Net;
using System.Net.Http.Headers;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Foundation;

/// <summary>Browser users get an error page in their language with a way back; API clients keep
/// problem+json.</summary>
public sealed class StatusPageTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private static HttpRequestMessage AsBrowser(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    [Fact]
    public async Task UnknownPage_Anonymous_SwedishPageWithWayBack()
    {
        var client = fixture.Factory.CreateClient(fixture.Factory.ClientOptionsFor(handleCookies: true));

        var response = await client.SendAsync(AsBrowser("/doesnotexist"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Sidan finns inte</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Till startsidan</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherUnitsParticipant_Coach_NotFoundPageInChosenLanguage()
    {
        var coach = await fixture.ClientAsync("coachA");
        await coach.GetAsync("/Language?culture=ar&returnUrl=/");
        try
        {
            var response = await coach.SendAsync(AsBrowser($"/Coach/Candidate/{fixture.World.CandidateC.Id}"));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("<html lang=\"ar\" dir=\"rtl\"", html, StringComparison.Ordinal);
            Assert.Contains("الصفحة غير موجودة", html, StringComparison.Ordinal);
            Assert.DoesNotContain(fixture.World.CandidateC.FirstName, html, StringComparison.Ordinal);
        }
        finally
        {
            await coach.GetAsync("/Language?culture=sv&returnUrl=/"); // the choice is remembered per user
        }
    }

    [Fact]
    public async Task ProfileNotShared_Employer_NotFoundPage()
    {
        var employer = await fixture.ClientAsync("employer1");

        var response = await employer.SendAsync(AsBrowser($"/Employer/Candidate/{fixture.World.EntryAOnE2.Id}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sidan finns inte", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiResource_ApiClient_ProblemJson()
    {
        var coach = await fixture.ClientAsync("coachA");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/candidates/999999");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await coach.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
