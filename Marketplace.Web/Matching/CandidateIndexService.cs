using Marketplace.Data;
using Marketplace.Matching.Index;
using Marketplace.Matching.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Matching;

/// <summary>Owns the embedded candidate index ("Matching:IndexPath", default App_Data/index).
/// Rebuilt from the database at start-up (seconds for a municipality's candidates) and updated
/// on every saved profile, so an edit is searchable as soon as the save returns.</summary>
public sealed class CandidateIndexService(IWebHostEnvironment environment, IConfiguration configuration) : IDisposable
{
    private readonly Lazy<LuceneCandidateIndex> _index = new(() =>
    {
        var path = configuration["Matching:IndexPath"] ?? Path.Combine(environment.ContentRootPath, "App_Data", "index");
        Directory.CreateDirectory(path);
        return new LuceneCandidateIndex(path, TaxonomyData.Default);
    });

    public ICandidateIndex Index => _index.Value;

    public async Task RebuildAsync(MarketplaceDbContext db, CancellationToken ct)
    {
        var candidates = await db.Candidates.WithProfile().AsNoTracking().ToListAsync(ct);
        _index.Value.Rebuild(candidates.Select(MatchingDocuments.ToDocument));
        _index.Value.Commit();
    }

    /// <summary>Re-reads one candidate and puts it in the index (or removes it if gone).</summary>
    public async Task UpsertAsync(MarketplaceDbContext db, int candidateId, CancellationToken ct)
    {
        var candidate = await db.Candidates.WithProfile().AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidateId, ct);
        if (candidate is null)
        {
            _index.Value.Delete(candidateId);
        }
        else
        {
            _index.Value.Upsert(MatchingDocuments.ToDocument(candidate));
        }
        _index.Value.Commit();
    }


    public void Dispose()
    {
        if (_index.IsValueCreated)
        {
            _index.Value.Dispose();
        }
    }
}

/// <summary>Builds the index once the database is migrated and seeded (registered after
/// <see cref="Infrastructure.DatabaseInitializer"/>, so it starts after it).</summary>
public sealed class CandidateIndexInitializer(IServiceProvider services, CandidateIndexService index, ILogger<CandidateIndexInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await index.RebuildAsync(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), cancellationToken);
        logger.LogInformation("Candidate index rebuilt: {Count} candidates in {Ms} ms", index.Index.Count, started.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
