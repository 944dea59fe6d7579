using System.Net;
using System.Net.Http.Json;
using Marketplace.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Foundation;

/// <summary>Bad input on every write endpoint: a 400 that names the field, and nothing written.</summary>
public sealed class ValidationTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    public static TheoryData<string, string, string> BadCandidates => new()
    {
        { "{\"firstName\":\"\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\"}", "FirstName", "empty name" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":1000,\"transport\":\"Walk\"}", "MaxCommuteMinutes", "commute out of range" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"00000\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\"}", "HomePostcode", "unknown postcode" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\",\"skills\":[\"nope\"]}", "Skills", "unknown skill" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"None\"}", "Transport", "no transport" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\",\"licences\":[\"Z\"]}", "Licences", "unknown licence" },
        { "{\"firstName\":\"A\\u0000\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\"}", "FirstName", "NUL in a name" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\\r\\nBcc: x@y\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\"}", "LastName", "a line break in a one-line field" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\",\"summary\":\"ok\\u0007\"}", "Summary", "a bell in a multi-line text" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\",\"sfiCourse\":12345}", "SfiCourse", "an enum number the product does not know" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\",\"educationLevel\":12345}", "EducationLevel", "an enum number the product does not know" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\",\"worktime\":12345}", "Worktime", "an enum number the product does not know" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\",\"swedishLevel\":99}", "SwedishLevel", "an enum number the product does not know" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":64}", "Transport", "a transport bit the product does not know" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\",\"languages\":[{\"languageId\":\"x\",\"level\":777}]}", "Languages.Level", "an undefined level inside a list" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk, Car\",\"hasCarAccess\":true,\"licences\":[\"AM\",\"A\"]}", "HasCarAccess", "moped and motorcycle licences do not drive a car" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"email\":\"not-mail\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\"}", "Email", "bad e-mail" },
        { "{\"firstName\":\"A\",\"lastName\":\"X\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":30,\"transport\":\"Walk\",\"hasCarAccess\":true}", "HasCarAccess", "car without licence" },
    };

    [ProviderTheory]
    [MemberData(nameof(BadCandidates))]
    public async Task CreateCandidate_BadField_ValidationProblemAndNothingWritten(string json, string field, string because, TestProvider provider = default)
    {
        var app = await fixture.OnAsync(provider);
        var client = await app.ClientAsync("coachA");
        var before = await app.QueryAsync(db => db.Candidates.CountAsync());

        var response = await client.PostAsync("/api/candidates", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, because);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.True(problem!.Errors.ContainsKey(field), $"{because}: errors were {string.Join(", ", problem.Errors.Keys)}");
        Assert.Equal(before, await app.QueryAsync(db => db.Candidates.CountAsync()));
    }

    /// <summary>The test host runs as "Testing", not Development: what a production client gets.</summary>
    [Theory]
    [InlineData("{\"firstName\":", "$.firstName", "malformed JSON")]
    [InlineData("{\"firstName\":\"A\",\"lastName\":\"B\",\"homePostcode\":\"39231\",\"swedishLevel\":\"Z9\"}", "$.swedishLevel", "unknown enum value")]
    [InlineData("{\"firstName\":\"A\",\"lastName\":\"B\",\"homePostcode\":\"39231\",\"maxCommuteMinutes\":\"many\"}", "$.maxCommuteMinutes", "string for a number")]
    public async Task CreateCandidate_UnreadableBody_BadRequestNamingTheField(string json, string path, string because)
    {
        var client = await fixture.ClientAsync("coachA");

        var response = await client.PostAsync("/api/candidates", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, because);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains(path, problem!.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListCandidates_UnreadablePage_BadRequestNamingTheParameter()
    {
        var client = await fixture.ClientAsync("coachA");

        var response = await client.GetAsync("/api/candidates?page=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("Page", problem!.Detail ?? "", StringComparison.Ordinal);
        Assert.Contains("abc", problem.Detail ?? "", StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task CreateCandidate_Valid_CreatedWithPostcodePoint(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var client = await app.ClientAsync("coachA");

        var response = await client.PostAsJsonAsync("/api/candidates", RequestBodies.Candidate());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dto = await response.Content.ReadFromJsonAsync<Marketplace.Web.Api.CandidateDto>();
        Assert.Equal("39231", dto!.HomePostcode);
        Assert.Equal(app.World.UnitA.Id, dto.UnitId);
    }

    [ProviderFact]
    public async Task CreateCandidate_SameEmailAsExisting_ConflictNamingThemThenCreatedWhenConfirmed(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var client = await app.ClientAsync("coachA");
        var email = app.World.CandidateA.Email!;
        var before = await app.QueryAsync(db => db.Candidates.CountAsync());

        var warned = await client.PostAsJsonAsync("/api/candidates", RequestBodies.Candidate(email: email));
        var problem = await warned.Content.ReadFromJsonAsync<ProblemDetails>();
        var countAfterWarning = await app.QueryAsync(db => db.Candidates.CountAsync());
        var again = System.Text.Json.JsonSerializer.SerializeToNode(RequestBodies.Candidate(email: email))!.AsObject();
        again["confirmedNotDuplicate"] = true;
        var confirmed = await client.PostAsJsonAsync("/api/candidates", again);

        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        Assert.Contains($"\"id\":{app.World.CandidateA.Id}", problem!.Extensions["candidates"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, countAfterWarning);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.Equal(before + 1, await app.QueryAsync(db => db.Candidates.CountAsync()));
    }

    [ProviderFact]
    public async Task CreateCandidate_SameEmailOutsideScope_NamesTheUnitNotThePerson(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var client = await app.ClientAsync("coachC");

        var warned = await client.PostAsJsonAsync("/api/candidates", RequestBodies.Candidate(email: app.World.CandidateA.Email!));
        var body = await warned.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        Assert.Contains(app.World.UnitA.Name, body, StringComparison.Ordinal);
        Assert.DoesNotContain(app.World.CandidateA.LastName, body, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"id\":{app.World.CandidateA.Id}", body, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task UpdateCandidate_StaleVersion_ConflictAndNothingWritten(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var client = await app.ClientAsync("coachA");
        var created = await (await client.PostAsJsonAsync("/api/candidates", RequestBodies.Candidate())).Content.ReadFromJsonAsync<Marketplace.Web.Api.CandidateDto>();
        var first = await client.PutAsJsonAsync($"/api/candidates/{created!.Id}", RequestBodies.With(RequestBodies.Candidate(), ("version", created.Version), ("firstName", "First")));

        var second = await client.PutAsJsonAsync($"/api/candidates/{created.Id}", RequestBodies.With(RequestBodies.Candidate(), ("version", created.Version), ("firstName", "Second")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var name = await app.QueryAsync(db => db.Candidates.Where(c => c.Id == created.Id).Select(c => c.FirstName).SingleAsync());
        Assert.Equal("First", name);
    }

    [Fact]
    public async Task UpdateCandidate_WithoutVersion_ValidationProblem()
    {
        var client = await fixture.ClientAsync("coachA");

        var response = await client.PutAsJsonAsync($"/api/candidates/{fixture.World.CandidateA.Id}", RequestBodies.Candidate());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Version", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    public static TheoryData<string, object, string> BadPlacementFields => new()
    {
        { "title", "", "Title" },
        { "seats", 0, "Seats" },
        { "workplacePostcode", "123", "WorkplacePostcode" },
        { "occupationGroupId", "nope", "OccupationGroupId" },
        { "occupationFieldId", "nope", "OccupationFieldId" },
        { "requiredLicence", "Q", "RequiredLicence" },
        { "startDate", "2090-01-01", "StartDate" },
        { "hoursPerWeek", 99, "HoursPerWeek" },
    };

    [ProviderTheory]
    [MemberData(nameof(BadPlacementFields))]
    public async Task CreatePlacement_BadField_ValidationProblemAndNothingWritten(string property, object value, string field, TestProvider provider = default)
    {
        var app = await fixture.OnAsync(provider);
        var client = await app.ClientAsync("employer1");
        var body = System.Text.Json.JsonSerializer.SerializeToNode(await RequestBodies.PlacementAsync(app.Factory))!.AsObject();
        body[property] = System.Text.Json.JsonSerializer.SerializeToNode(value);
        var before = await app.QueryAsync(db => db.Placements.CountAsync());

        var response = await client.PostAsJsonAsync("/api/placements", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(before, await app.QueryAsync(db => db.Placements.CountAsync()));
    }

    /// <summary>PRODUCT.md's interest factor: "the candidate asked for this occupation group or
    /// field". A field of interest was refused with 400 and placements had no field to meet it.</summary>
    [ProviderFact]
    public async Task FieldOfInterest_CandidateNamesTheWholeField_InterestMetOnAPlacementFiledUnderIt(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var field = Marketplace.Web.Workflows.OccupationFields.All[0].Id;
        var employer = await app.ClientAsync("employer1");
        var body = System.Text.Json.JsonSerializer.SerializeToNode(await RequestBodies.PlacementAsync(app.Factory))!.AsObject();
        body["occupationFieldId"] = field;
        var placement = await (await employer.PostAsJsonAsync("/api/placements", body)).Content.ReadFromJsonAsync<Marketplace.Web.Api.PlacementDto>();
        await employer.PostAsJsonAsync($"/api/placements/{placement!.Id}/status", new { status = "Published", version = placement.Version });
        var coach = await app.ClientAsync("coachA");
        async Task<HttpResponseMessage> CreateAsync(string last, string[] interests) => await coach.PostAsJsonAsync("/api/candidates", new
        {
            firstName = "Fält",
            lastName = last,
            homePostcode = "39231",
            swedishLevel = "B1",
            transport = "Walk, PublicTransport",
            maxCommuteMinutes = 60,
            availableFrom = "2020-01-01",
            searchable = true,
            consentToMatching = true,
            interests,
        });

        var inField = await CreateAsync("Intresserad", [field]);
        var notInField = await CreateAsync("Ointresserad", []);

        Assert.Equal(HttpStatusCode.Created, inField.StatusCode);
        Assert.Equal(field, placement.OccupationFieldId);
        var interested = await inField.Content.ReadFromJsonAsync<Marketplace.Web.Api.CandidateDto>();
        var other = await notInField.Content.ReadFromJsonAsync<Marketplace.Web.Api.CandidateDto>();
        Assert.Equal([field], interested!.Interests);
        double Interest(Marketplace.Web.CandidateSearch.MatchRow row) => row.Factors.Single(f => f.Factor == "Interest").Value;
        var yes = await coach.GetFromJsonAsync<Marketplace.Web.CandidateSearch.MatchRow>($"/api/placements/{placement.Id}/matches/{interested.Id}");
        var no = await coach.GetFromJsonAsync<Marketplace.Web.CandidateSearch.MatchRow>($"/api/placements/{placement.Id}/matches/{other!.Id}");
        Assert.Equal(1, Interest(yes!));
        Assert.Equal(0, Interest(no!));
        // An id that is neither a group nor a field is still refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await CreateAsync("Okänd", ["not-a-field"])).StatusCode);
    }

    [ProviderFact]
    public async Task PlacementLifecycle_DraftPublishFill_AndIllegalMoveRejected(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var client = await app.ClientAsync("employer1");
        var created = await (await client.PostAsJsonAsync("/api/placements", await RequestBodies.PlacementAsync(app.Factory))).Content.ReadFromJsonAsync<Marketplace.Web.Api.PlacementDto>();

        var published = await (await client.PostAsJsonAsync($"/api/placements/{created!.Id}/status", new { status = "Published", version = created.Version }))
            .Content.ReadFromJsonAsync<Marketplace.Web.Api.PlacementDto>();
        var backToDraft = await client.PostAsJsonAsync($"/api/placements/{created.Id}/status", new { status = "Draft", version = published!.Version });
        var filled = await client.PostAsJsonAsync($"/api/placements/{created.Id}/status", new { status = "Filled", version = published.Version });

        Assert.Equal(Data.Entities.PlacementStatus.Draft, created.Status);
        Assert.Equal(Data.Entities.PlacementStatus.Published, published.Status);
        Assert.Equal(HttpStatusCode.BadRequest, backToDraft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, filled.StatusCode);
    }

    [ProviderTheory]
    [InlineData("556036-0794", "wrong check digit")]
    [InlineData("55603607", "too short")]
    [InlineData("abcdef-ghij", "not digits")]
    public async Task CreateEmployer_BadOrganisationNumber_ValidationProblemAndNothingWritten(string orgNr, string because, TestProvider provider = default)
    {
        var app = await fixture.OnAsync(provider);
        var client = await app.ClientAsync("coachA");
        var before = await app.QueryAsync(db => db.Employers.CountAsync());

        var response = await client.PostAsJsonAsync("/api/employers", new { name = "Nytt Företag AB", organisationNumber = orgNr });

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, because);
        Assert.Contains("OrganisationNumber", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(before, await app.QueryAsync(db => db.Employers.CountAsync()));
    }

    [ProviderFact]
    public async Task CreateEmployer_DuplicateOrganisationNumber_ValidationProblem(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var client = await app.ClientAsync("coachA");

        var response = await client.PostAsJsonAsync("/api/employers", new { name = "Kopia AB", organisationNumber = "5560360793" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [ProviderFact]
    public async Task CreateAgreement_WithItself_ValidationProblemAndNothingWritten(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var client = await app.ClientAsync("admin");
        var before = await app.QueryAsync(db => db.DataSharingAgreements.CountAsync());
        var unit = app.World.UnitA.Id;
        var today = app.Today;

        var self = await client.PostAsJsonAsync($"/api/units/{unit}/agreements", new { receivingUnitId = unit, purpose = "test", validFrom = today, validTo = today.AddMonths(1) });
        var backwards = await client.PostAsJsonAsync($"/api/units/{unit}/agreements", new { receivingUnitId = app.World.UnitC.Id, purpose = "test", validFrom = today, validTo = today.AddDays(-1) });

        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(before, await app.QueryAsync(db => db.DataSharingAgreements.CountAsync()));
    }

    [Theory]
    [InlineData("{\"email\":\"not-an-email\",\"password\":\"x\"}", "Email")]
    [InlineData("{\"email\":\"a@b.se\"}", "Password")]
    public async Task SignIn_BadInput_ValidationProblem(string json, string field)
    {
        var client = fixture.Factory.CreateClient();

        var response = await client.PostAsync("/api/auth/login", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }
}
