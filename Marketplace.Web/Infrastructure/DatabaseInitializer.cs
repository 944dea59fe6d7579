using Marketplace.Data;
using Marketplace.Web.Seed;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure;

/// <summary>Applies migrations (behind "Database:MigrateOnStartup", default on), retrying while the
/// database comes up, then loads reference data and, when enabled, the demo seed. Runs before
/// the server starts listening, so no request meets an unmigrated database.</summary>
public sealed class DatabaseInitializer(IServiceProvider services, IConfiguration configuration, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Database:MigrateOnStartup", true))
        {
            return;
        }
        var attempts = configuration.GetValue("Database:StartupAttempts", 10);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
                await db.Database.MigrateAsync(cancellationToken);
                if (db.Database.IsSqlite())
                {
                    // Write-ahead log: readers no longer wait for a writer (every profile view writes an
                    // audit row) and a commit costs one fsync of the log instead of the rollback
                    // journal's several. The mode is stored in the database file; synchronous stays FULL.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                }
                break;
            }
            catch (Exception ex) when (attempt < attempts && IsTransient(ex))
            {
                logger.LogWarning("Database not reachable yet (attempt {Attempt}/{Attempts}): {Message}", attempt, attempts, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, attempt * 2)), services.GetRequiredService<TimeProvider>(), cancellationToken);
            }
        }
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().LoadAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEnabledAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsTransient(Exception ex) =>
        ex is MySqlConnector.MySqlException or System.Net.Sockets.SocketException or TimeoutException
        || ex.InnerException is MySqlConnector.MySqlException or System.Net.Sockets.SocketException;
}
