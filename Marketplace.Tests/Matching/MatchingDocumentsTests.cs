using Marketplace.Data.Entities;
using Marketplace.Matching.Commute;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.CandidateSearch;

namespace Marketplace.Tests.Matching;

/// <summary>What the engine is told about a stored profile: travel by car only with a car and a
/// licence that allows driving one.</summary>
public sealed class MatchingDocumentsTests
{
    private static Candidate WithCar(params string[] licences) => CandidateBuilder.Valid(TimeProvider.System, 1, "Bilal", "Bil").With(c =>
    {
        c.Transport = TransportFlags.Walk | TransportFlags.Car;
        c.HasCarAccess = true;
        c.Licences = licences.Select(l => new CandidateLicence { LicenceClass = l }).ToList();
    }).Build();

    [Theory]
    [InlineData("AM")]
    [InlineData("A")]
    [InlineData("A1", "AM")]
    public void ToDocument_CarButOnlyMopedOrMotorcycleLicence_NoCarMode(params string[] licences)
    {
        var modes = MatchingDocuments.ToDocument(WithCar(licences)).Modes;

        Assert.False(modes.HasFlag(TransportModes.Car));
        Assert.True(modes.HasFlag(TransportModes.Walk));
    }

    [Theory]
    [InlineData("B")]
    [InlineData("AM", "C1")]
    public void ToDocument_CarAndLicenceIncludingB_CarMode(params string[] licences) =>
        Assert.True(MatchingDocuments.ToDocument(WithCar(licences)).Modes.HasFlag(TransportModes.Car));

    [Fact]
    public void ToDocument_UnknownLicenceClassInStoredRow_NoCarModeNoException() =>
        Assert.False(MatchingDocuments.ToDocument(WithCar("X9")).Modes.HasFlag(TransportModes.Car));
}
