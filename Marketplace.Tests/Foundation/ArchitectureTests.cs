using NetArchTest.Rules;

namespace Marketplace.Tests.Foundation;

/// <summary>The layers, checked on the compiled code (method bodies included): the application
/// layer — the use cases pages and API both call — never reaches into the HTTP API or the pages,
/// and the matching engine knows nothing of the database or ASP.NET.</summary>
public sealed class ArchitectureTests
{
    /// <summary>The application layer's namespaces in Marketplace.Web.</summary>
    public static TheoryData<string> ApplicationNamespaces => new()
    {
        "Marketplace.Web.Application",
        "Marketplace.Web.Workflows",
        "Marketplace.Web.Meetings",
        "Marketplace.Web.Dashboards",
        "Marketplace.Web.CandidateSearch",
        "Marketplace.Web.Notifications",
        "Marketplace.Web.Email",
        "Marketplace.Web.Access",
        "Marketplace.Web.Transit",
    };

    [Theory]
    [MemberData(nameof(ApplicationNamespaces))]
    public void ApplicationLayer_DoesNotDependOnApiOrPages(string ns)
    {
        var result = Types.InAssembly(typeof(Program).Assembly)
            .That().ResideInNamespace(ns)
            .ShouldNot().HaveDependencyOnAny("Marketplace.Web.Api", "Marketplace.Web.Pages")
            .GetResult();

        Assert.True(result.IsSuccessful, $"{ns} uses the API or the pages: " + string.Join(" | ", result.FailingTypes.Select(t => t.FullName + (string.IsNullOrEmpty(t.Explanation) ? "" : " (" + t.Explanation + ")"))));
    }

    /// <summary>Pages and the API are two doors to the same use cases: neither calls the other.</summary>
    [Fact]
    public void PagesAndApi_DoNotCallEachOther()
    {
        var pages = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace("Marketplace.Web.Pages")
            .ShouldNot().HaveDependencyOnAny("Marketplace.Web.Api").GetResult();
        var api = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace("Marketplace.Web.Api")
            .ShouldNot().HaveDependencyOnAny("Marketplace.Web.Pages").GetResult();

        Assert.True(pages.IsSuccessful, "pages use the API: " + string.Join(" | ", pages.FailingTypes.Select(t => t.FullName + " (" + t.Explanation + ")")));
        Assert.True(api.IsSuccessful, "the API uses pages: " + string.Join(" | ", api.FailingTypes.Select(t => t.FullName + " (" + t.Explanation + ")")));
    }

    [Fact]
    public void MatchingEngine_DoesNotDependOnDataOrAspNet()
    {
        var result = Types.InAssembly(typeof(Marketplace.Matching.Scoring.MatchWeights).Assembly)
            .ShouldNot().HaveDependencyOnAny("Marketplace.Data", "Marketplace.Web", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore")
            .GetResult();

        Assert.True(result.IsSuccessful, "Marketplace.Matching depends on " + string.Join(" | ", result.FailingTypes.Select(t => t.FullName + (string.IsNullOrEmpty(t.Explanation) ? "" : " (" + t.Explanation + ")"))));
    }
}
