using Microsoft.EntityFrameworkCore.Design;

namespace Marketplace.Data;

/// <summary>What <c>dotnet ef</c> builds the context with (tools/add-migration.sh). The provider
/// comes from the arguments after <c>--</c>: <c>-- --provider MySql</c>; the default is Sqlite.
/// The instance is the provider's subclass, so each provider keeps its own migrations and
/// snapshot. It never connects: the connection strings are placeholders and the MariaDB server
/// version is explicit (<see cref="DatabaseOptions.DefaultMariaDbVersion"/>).</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<MarketplaceDbContext>
{
    public MarketplaceDbContext CreateDbContext(string[] args)
    {
        var provider = DatabaseProvider.Sqlite;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != "--provider")
            {
                continue;
            }
            if (i + 1 >= args.Length || !Enum.TryParse(args[i + 1], ignoreCase: true, out provider) || !Enum.IsDefined(provider))
            {
                throw new ArgumentException($"--provider must be Sqlite or MySql, not '{(i + 1 < args.Length ? args[i + 1] : "")}'.", nameof(args));
            }
            i++;
        }
        var options = provider == DatabaseProvider.Sqlite
            ? new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=design-time.db")
            : new DatabaseOptions(DatabaseProvider.MySql, "Server=localhost;Database=design_time");
        return DatabaseSetup.CreateContext(options);
    }
}
