using Marketplace.Data;
using Marketplace.Matching.Index;
using Marketplace.Matching.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.CandidateSearch;

/// <summary>Owns the embedded candidate index ("Matching:IndexPath", default App_Data/index).
/// Rebuilt from the database at start-up (seconds for a municipality's candidates) and updated
/// on every saved profile, so an edit is searchable as soon as the save returns.</summary>
public sealed class CandidateIndexService(IWebHostEnvironment environment, IConfiguration configuration, ILogger<CandidateIndexService> logger) : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, byte> _unmappable = new();

    /// <summary>Profiles left out of matching because their stored row cannot be read (an old
    /// version, a hand edit, an import): shown as a count on the admin page, ids in the log.</summary>
    public IReadOnlyCollection<int> Unmappable => _unmappable.Keys.Order().ToList();

    /// <summary>The engine's view of a profile, or null when the row cannot be mapped. One bad row
    /// must never stop start-up or a ranking, so the failure is logged with the id and counted.</summary>
    public Marketplace.Matching.Documents.CandidateDocument? TryMap(Data.Entities.Candidate candidate)
    {
        try
        {
            var document = MatchingDocuments.ToDocument(candidate);
            _unmappable.TryRemove(candidate.Id, out _);
            return document;
        }
        catch (Exception ex)
        {
            _unmappable[candidate.Id] = 0;
            logger.LogError(ex, "Candidate {CandidateId} cannot be mapped for matching and is left out of the index", candidate.Id);
            return null;
        }
    }

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
        _unmappable.Clear();
        _index.Value.Rebuild(candidates.Select(TryMap).OfType<Marketplace.Matching.Documents.CandidateDocument>().ToList());
        _index.Value.Commit();
    }

    /// <summary>Re-reads one candidate and puts it in the index (or removes it if gone).</summary>
    public async Task UpsertAsync(MarketplaceDbContext db, int candidateId, CancellationToken ct)
    {
        var candidate = await db.Candidates.WithProfile().AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidateId, ct);
        if (candidate is null || TryMap(candidate) is not { } document)
        {
            _index.Value.Delete(candidateId);
        }
        else
        {
            _index.Value.Upsert(document);
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
