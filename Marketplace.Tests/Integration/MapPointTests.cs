using System.Net;
using System.Net.Http.Json;
using Marketplace.Matching.Geo;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Tests.Integration;

/// <summary>Home and workplace points picked on a map: the home is stored snapped to the privacy
/// grid, a point outside Sweden or far from the postcode is refused, and without a point the
/// postcode's locality point is used.</summary>
public sealed class MapPointTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private static object Candidate(double? lat, double? lon) => new
    {
        firstName = "Karta",
        lastName = "Punkt",
        homePostcode = "39231",
        swedishLevel = "B1",
        transport = "Walk",
        maxCommuteMinutes = 45,
        availableFrom = "2026-01-01",
        searchable = true,
        consentToMatching = true,
        homeLat = lat,
        homeLon = lon,
    };

    [Fact]
    public async Task CreateCandidate_PointPicked_StoredSnappedToGrid()
    {
        var coach = await fixture.ClientAsync("coachA");

        var dto = await (await coach.PostAsJsonAsync("/api/candidates", Candidate(56.67321, 16.33457))).Content.ReadFromJsonAsync<CandidateDto>();

        var snapped = new GeoPoint(56.67321, 16.33457).SnapToGrid();
        Assert.Equal(snapped.Lat, dto!.HomeLat);
        Assert.Equal(snapped.Lon, dto.HomeLon);
        Assert.NotEqual(56.67321, dto.HomeLat);
        Assert.True(new GeoPoint(56.67321, 16.33457).DistanceKm(snapped) < 0.2);
    }

    [Fact]
    public async Task CreateCandidate_NoPoint_PostcodePointUsed()
    {
        var coach = await fixture.ClientAsync("coachA");

        var dto = await (await coach.PostAsJsonAsync("/api/candidates", Candidate(null, null))).Content.ReadFromJsonAsync<CandidateDto>();

        Assert.NotNull(dto!.HomeLat);
        Assert.Equal(Marketplace.Matching.Taxonomy.TaxonomyData.Default.Postcodes.PointOf("39231")!.Value.Lat, dto.HomeLat!.Value, 4);
    }

    [Theory]
    [InlineData(59.33, null, "only one coordinate")]
    [InlineData(48.85, 2.35, "Paris")]
    [InlineData(59.33, 18.06, "Stockholm, far from a Kalmar postcode")]
    public async Task CreateCandidate_BadPoint_ValidationProblem(double lat, double? lon, string because)
    {
        var coach = await fixture.ClientAsync("coachA");

        var response = await coach.PostAsJsonAsync("/api/candidates", Candidate(lat, lon));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, because);
        Assert.Contains("HomePoint", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    [Fact]
    public async Task CandidateForm_WithMapLibrary_RendersPickerAndWorksWithoutIt()
    {
        var coach = await fixture.ClientAsync("coachA");

        var html = await coach.GetStringAsync("/Coach/EditCandidate");

        Assert.Contains("data-map-picker", html, StringComparison.Ordinal);
        Assert.Contains("/lib/leaflet/leaflet.js", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.HomeLat\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("name=\"Form.HomeLat\" value=\"\\d", html); // empty until picked: the postcode decides
    }
}
