using Marketplace.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>Why a MariaDB test is skipped, and how to run it; null when the server is set.</summary>
    public static string? MariaDbMissing => MariaDbServer is null
        ? $"MariaDB not available: run ./test.sh (starts a throwaway MariaDB) or set {MariaDbVariable} to a server connection string."
        : null;

    /// <summary>A database on the provider: with the reference data, or <paramref name="empty"/>
    /// for the product's start-up to migrate and fill.</summary>
    public static TestDatabase For(TestProvider provider, bool empty = false) => provider switch
    {
        TestProvider.Sqlite => Sqlite(empty),
        TestProvider.MariaDb => MariaDb(empty),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>A SQLite database file. Unless <paramref name="empty"/>, it starts as a copy of a
    /// template that is migrated and holds the reference data, made once per test run: loading
    /// 26 000 reference rows per test class would dominate the suite's time.</summary>
    public static TestDatabase Sqlite(bool empty = false)
    {
        var path = Path.Combine(Path.GetTempPath(), $"marketplace-test-{Guid.NewGuid():N}.db");
        if (!empty)
        {
            File.Copy(SqliteTemplate.Value, path);
        }
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False", () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }
        });
    }

    private static readonly Lazy<string> SqliteTemplate = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"marketplace-template-{Guid.NewGuid():N}.db");
        using (var db = DatabaseSetup.CreateContext(new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False")))
        {
            db.Database.Migrate();
            new Marketplace.Web.Seed.ReferenceDataLoader(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<Marketplace.Web.Seed.ReferenceDataLoader>.Instance)
                .LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static TestDatabase MariaDb(bool empty = true)
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
