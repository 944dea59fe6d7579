using Marketplace.Data;
using Marketplace.Web.CandidateSearch;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure;

/// <summary>Verbs that do one job and exit instead of serving, e.g. after a bulk import straight
/// into the database: <c>dotnet run --project Marketplace.Web -- reindex</c>. Stop the site first:
/// the index directory takes one writer at a time.</summary>
public static class CommandLine
{
    public static async Task<bool> TryRunCommandAsync(this WebApplication app, string[] args)
    {
        if (args is not ["reindex"])
        {
            return false;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        await db.Database.MigrateAsync();
        var index = scope.ServiceProvider.GetRequiredService<CandidateIndexService>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await index.RebuildAsync(db, CancellationToken.None);
        Console.WriteLine($"reindex: {index.Index.Count} candidates in {started.ElapsedMilliseconds} ms");
        return true;
    }
}
