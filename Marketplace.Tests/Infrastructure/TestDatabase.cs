using Marketplace.Data;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace Marketplace.Tests.Infrastructure;

/// <summary>A throwaway database. SQLite: a file in the temp folder. MariaDB: a uniquely named
/// database on the server in MARKETPLACE_TEST_MARIADB (the README's test command starts one).</summary>
public sealed class TestDatabase : IDisposable
{
    public const string MariaDbVariable = "MARKETPLACE_TEST_MARIADB";

    private readonly Action _drop;

    private TestDatabase(DatabaseProvider provider, string connectionString, Action drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static string? MariaDbServer => Environment.GetEnvironmentVariable(MariaDbVariable) is { Length: > 0 } s ? s : null;

    public static TestDatabase Sqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marketplace-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False", () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }
        });
    }

    public static TestDatabase MariaDb()
    {
        var server = MariaDbServer ?? throw new InvalidOperationException($"{MariaDbVariable} is not set.");
        var name = $"mp_test_{Guid.NewGuid():N}"[..24];
        var builder = new MySqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(DatabaseProvider.MySql, builder.ConnectionString, () =>
        {
            using var connection = new MySqlConnection(server);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS `{name}`";
            command.ExecuteNonQuery();
        });
    }

    public void Dispose() => _drop();
}

/// <summary>A fact that needs the MariaDB server. Without one it is reported as skipped, by name,
/// with the way to run it — never silently green.</summary>
public sealed class MariaDbFactAttribute : FactAttribute
{
    public MariaDbFactAttribute()
    {
        if (TestDatabase.MariaDbServer is null)
        {
            Skip = $"MariaDB not available: run ./test.sh (starts a throwaway MariaDB) or set {TestDatabase.MariaDbVariable} to a server connection string.";
        }
    }
}
