using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Marketplace.Matching.Tests.Commute;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Foundation;

/// <summary>The admin's timetable page: what is loaded, a good import replacing it, and a broken
/// feed rejected with the reason while the previous timetable stays in use.</summary>
public sealed class TransitAdminTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task TransitPage_FreshInstall_ShowsKalmarFeedAndSaysWhichTripsAreGenerated()
    {
        var admin = await fixture.ClientAsync("admin");

        var html = await admin.GetStringAsync("/Admin/Transit");

        Assert.Contains("Kalmar", html, StringComparison.Ordinal);
        Assert.Contains("Genererade turer", html, StringComparison.Ordinal);
        Assert.Contains("inte verklig tidtabell", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BrokenFeed_ClearErrorAndPreviousTimetableKept()
    {
        var admin = await fixture.ClientAsync("admin");
        var before = await admin.GetStringAsync("/Admin/Transit");
        var broken = new MemoryStream();
        using (var zip = new ZipArchive(broken, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("stops.txt").Open());
            w.Write("stop_id,stop_name,stop_lat,stop_lon\n1,A,56.6,16.3\n");
        }

        var response = await PostFeedAsync(admin, before, broken.ToArray());
        var html = await response.Content.ReadAsStringAsync();
        var after = await admin.GetStringAsync("/Admin/Transit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("den tidigare tidtabellen gäller fortfarande", html, StringComparison.Ordinal);
        Assert.Contains(".txt", html, StringComparison.Ordinal); // names the missing file
        Assert.Equal(StopCount(before), StopCount(after));
    }

    [Fact]
    public async Task Import_SeventeenBytesNotAZip_SwedishErrorNot500()
    {
        var admin = await fixture.ClientAsync("admin");
        var before = await admin.GetStringAsync("/Admin/Transit");

        var response = await PostFeedAsync(admin, before, "this is not a zip"u8.ToArray());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("filen är inte ett läsbart zip-arkiv", html, StringComparison.Ordinal);
        Assert.Equal(StopCount(before), StopCount(await admin.GetStringAsync("/Admin/Transit")));
    }

    [Fact]
    public async Task Import_StopTimeNamingUnknownStop_SwedishProblemWithTheFeedsIdKept()
    {
        var admin = await fixture.ClientAsync("admin");
        var before = await admin.GetStringAsync("/Admin/Transit");
        var files = TestFeeds.Minimal();
        files["stop_times.txt"] += "T1,08:10:00,08:10:00,Hållplats-X9,4\n";
        var zip = TestFeeds.Zip(files).ToArray();

        var response = await PostFeedAsync(admin, before, zip);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("stop_times.txt, rad 11: okänt stop_id 'Hållplats-X9'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown stop_id", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransitPage_NotAdmin_Denied()
    {
        var coach = await fixture.ClientAsync("coachA");

        var response = await coach.GetAsync("/Admin/Transit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    internal static async Task<HttpResponseMessage> PostFeedAsync(HttpClient client, string formHtml, byte[] zip)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(AntiForgery.TokenFrom(formHtml)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(file, "Feed", "feed.zip");
        return await client.PostAsync("/Admin/Transit", content);
    }

    internal static string StopCount(string html)
    {
        var m = System.Text.RegularExpressions.Regex.Match(html, "<dt>Hållplatser</dt><dd>(\\d+)</dd>");
        Assert.True(m.Success, "stop count not on the page");
        return m.Groups[1].Value;
    }
}

/// <summary>Its own application: a successful import changes what every other test would see.</summary>
public sealed class TransitImportTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task Import_CartaFeed_ReplacesTimetable()
    {
        var admin = await fixture.ClientAsync("admin");
        var page = await admin.GetStringAsync("/Admin/Transit");
        var feed = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "carta-chattanooga-gtfs.zip"));

        var response = await TransitAdminTests.PostFeedAsync(admin, page, feed);
        var after = await admin.GetStringAsync("/Admin/Transit");

        Assert.Contains("Importerad", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("1236", TransitAdminTests.StopCount(after), StringComparison.Ordinal);
    }

}
