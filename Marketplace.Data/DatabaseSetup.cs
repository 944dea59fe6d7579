using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Data;

public enum DatabaseProvider
{
    Sqlite,
    MySql,
}

/// <summary>What the host reads from configuration ("Database" section and the
/// "Marketplace" connection string).</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString, string? ServerVersion = null)
{
    /// <summary>Explicit, never auto-detected: auto-detection needs a live server at design time.</summary>
    public const string DefaultMariaDbVersion = "10.11.6-mariadb";
}

public static class DatabaseSetup
{
    public static IServiceCollection AddMarketplaceDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<MarketplaceDbContext, SqliteMarketplaceDbContext>(o => Configure(o, options));
                break;
            case DatabaseProvider.MySql:
                services.AddDbContext<MarketplaceDbContext, MySqlMarketplaceDbContext>(o => Configure(o, options));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(options.ConnectionString);
        }
        else
        {
            var version = ServerVersion.Parse(options.ServerVersion ?? DatabaseOptions.DefaultMariaDbVersion);
            builder.UseMySql(options.ConnectionString, version);
        }
    }

    /// <summary>Builds a context outside DI (dotnet ef through DesignTimeContextFactory, tests).</summary>
    public static MarketplaceDbContext CreateContext(DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var b = new DbContextOptionsBuilder<SqliteMarketplaceDbContext>();
            Configure(b, options);
            return new SqliteMarketplaceDbContext(b.Options);
        }
        var m = new DbContextOptionsBuilder<MySqlMarketplaceDbContext>();
        Configure(m, options);
        return new MySqlMarketplaceDbContext(m.Options);
    }
}
