using System.Text.RegularExpressions;

namespace Marketplace.Tests.Workflows;

/// <summary>Posting a Razor Pages form from a test: the anti-forgery token comes from the page.</summary>
public static partial class PageForms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"no anti-forgery token on {pageUrl}");
        var all = fields.Append(new("__RequestVerificationToken", token.Groups[1].Value));
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
