using System.Net;
using System.Net.Http.Json;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Api;

namespace Marketplace.Tests.Workflows;

/// <summary>The type-ahead lookups behind the placement form's pickers.</summary>
public sealed class TaxonomyApiTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Theory]
    [InlineData("/api/taxonomy/skills?q=STÄD", "städ")]
    [InlineData("/api/taxonomy/occupation-groups?q=9111", "9111 ")]
    [InlineData("/api/taxonomy/languages?q=arab", "arab")]
    public async Task Lookup_Query_IdAndLabelContainingIt(string url, string expected)
    {
        var client = await fixture.ClientAsync("employer1");

        var items = await client.GetFromJsonAsync<List<TaxonomyItem>>(url);

        Assert.NotEmpty(items!);
        Assert.InRange(items!.Count, 1, 20);
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.Id)));
        Assert.Contains(items, i => i.Label.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Lookup_NotSignedIn_Unauthorized()
    {
        var client = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/taxonomy/skills?q=städ");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
