using System.Net;
using System.Text.Json;
using Marketplace.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Foundation;

/// <summary>The API contract at /openapi/v1.json is generated from the endpoints; this fails when an
/// /api route (path and method) is missing from it, so a client's view of the API cannot drift.</summary>
public sealed class OpenApiContractTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task Document_ListsEveryApiRouteAndMethod()
    {
        var client = fixture.Factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        var routes = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}"))
            .Distinct().ToList();
        Assert.True(routes.Count > 40, $"only {routes.Count} /api routes found");
        var missing = routes.Where(r => !documented.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "not in /openapi/v1.json: " + string.Join(", ", missing));
    }

    /// <summary>The interactive reference over the contract is for developers: served at /scalar in
    /// Development, not there in Production.</summary>
    [Theory]
    [InlineData("Development", HttpStatusCode.OK)]
    [InlineData("Production", HttpStatusCode.NotFound)]
    public async Task Scalar_ServedInDevelopmentOnly(string environment, HttpStatusCode expected)
    {
        using var factory = new EnvironmentFactory(environment);
        var client = factory.CreateClient(factory.ClientOptionsFor(handleCookies: false));

        var page = await client.GetAsync("/scalar/");
        var contract = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(expected, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, contract.StatusCode);
    }

    private sealed class EnvironmentFactory(string environment) : MarketplaceFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
        }
    }

    /// <summary>"/api/candidates/{id:int}" is "/api/candidates/{id}" in the document.</summary>
    private static string Normalise(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern.TrimEnd('/'), @"\{(\w+)(:[^}]*)?\??\}", "{$1}");
}
