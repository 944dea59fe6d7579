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

    /// <summary>A uniquely named MariaDB database. Unless <paramref name="empty"/>, it starts as a
    /// copy of a template database that is migrated and holds the reference data, made once per
    /// test run, as for SQLite: table by table (the definition as the server shows it, foreign keys
    /// included, then the rows), which takes a fraction of migrating and loading afresh.</summary>
    public static TestDatabase MariaDb(bool empty = false)
    {
        var server = MariaDbServer ?? throw new InvalidOperationException($"{MariaDbVariable} is not set.");
        var name = $"mp_test_{Guid.NewGuid():N}"[..24];
        if (!empty)
        {
            CopyMariaDb(server, MariaDbTemplate.Value, name);
        }
        var builder = new MySqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(DatabaseProvider.MySql, builder.ConnectionString, () => DropMariaDb(server, name));
    }

    private static readonly Lazy<string> MariaDbTemplate = new(() =>
    {
        var server = MariaDbServer!;
        var name = $"mp_tmpl_{Guid.NewGuid():N}"[..24];
        using (var db = DatabaseSetup.CreateContext(new DatabaseOptions(DatabaseProvider.MySql, new MySqlConnectionStringBuilder(server) { Database = name }.ConnectionString)))
        {
            db.Database.Migrate();
            new Marketplace.Web.Seed.ReferenceDataLoader(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<Marketplace.Web.Seed.ReferenceDataLoader>.Instance)
                .LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropMariaDb(server, name);
        return name;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static void CopyMariaDb(string server, string template, string name)
    {
        using var connection = new MySqlConnection(server);
        connection.Open();
        string Scalar(string sql, int column)
        {
            using var command = new MySqlCommand(sql, connection);
            using var reader = command.ExecuteReader();
            reader.Read();
            return reader.GetString(column);
        }
        void Execute(string sql)
        {
            using var command = new MySqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
        var tables = new List<string>();
        using (var command = new MySqlCommand("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = @s AND TABLE_TYPE = 'BASE TABLE'", connection))
        {
            command.Parameters.AddWithValue("@s", template);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        // The template's own character set and collation (the product's migrations set them).
        Execute(Scalar($"SHOW CREATE DATABASE `{template}`", 1).Replace($"`{template}`", $"`{name}`", StringComparison.Ordinal));
        Execute($"USE `{name}`");
        Execute("SET SESSION foreign_key_checks = 0");
        foreach (var table in tables)
        {
            Execute(Scalar($"SHOW CREATE TABLE `{template}`.`{table}`", 1));
        }
        foreach (var table in tables)
        {
            Execute($"INSERT INTO `{name}`.`{table}` SELECT * FROM `{template}`.`{table}`");
        }
    }

    private static void DropMariaDb(string server, string name)
    {
        using var connection = new MySqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS `{name}`";
        command.ExecuteNonQuery();
    }

    public void Dispose() => _drop();
}
