using Marketplace.Web.Application;

namespace Marketplace.Tests.Foundation;

public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("556036-0793", "556036-0793")]
    [InlineData("5560360793", "556036-0793")]
    [InlineData("16556012-5790", "556012-5790")] // century prefix some registers add
    [InlineData("212000-0142", "212000-0142")] // a public authority
    public void TryNormalise_ValidNumber_Normalised(string input, string expected)
    {
        Assert.True(OrganisationNumber.TryNormalise(input, out var normalised));
        Assert.Equal(expected, normalised);
    }

    [Theory]
    [InlineData("556036-0792")] // check digit off by one
    [InlineData("551036-0793")] // a transposed digit breaks the check
    [InlineData("550136-0793")] // third digit below 2: a personnummer, not an organisation
    [InlineData("556036-079")]
    [InlineData("")]
    [InlineData("556036-07a3")]
    public void TryNormalise_InvalidNumber_Rejected(string input) => Assert.False(OrganisationNumber.TryNormalise(input, out _));
}
