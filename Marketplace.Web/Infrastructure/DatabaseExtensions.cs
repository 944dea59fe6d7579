using Marketplace.Data;

namespace Marketplace.Web.Infrastructure;

public static class DatabaseExtensions
{
    /// <summary>Reads "Database:Provider" (Sqlite | MySql), "Database:ServerVersion" and the
    /// "Marketplace" connection string. The default is a SQLite file under App_Data.</summary>
    public static WebApplicationBuilder AddMarketplaceDatabase(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Database");
        var provider = Enum.TryParse<DatabaseProvider>(section["Provider"] ?? "Sqlite", ignoreCase: true, out var p)
            ? p
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or MySql, not '{section["Provider"]}'.");
        var connectionString = builder.Configuration.GetConnectionString("Marketplace");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException("ConnectionStrings:Marketplace is required for MySql.");
            }
            var dir = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(dir);
            connectionString = $"Data Source={Path.Combine(dir, "marketplace.db")}";
        }
        builder.Services.AddMarketplaceDatabase(new DatabaseOptions(provider, connectionString, section["ServerVersion"]));
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }
}
