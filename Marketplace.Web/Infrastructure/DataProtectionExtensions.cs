using System.Xml.Linq;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>Data-protection keys (they sign and encrypt the sign-in cookie and anti-forgery tokens)
/// live in the application's database, so several web nodes behind a load balancer read each
/// other's cookies and a restarted container keeps its users signed in
/// (docs/decisions/0011-data-protection-keys-in-the-database.md).</summary>
public static class DataProtectionExtensions
{
    /// <summary>The same on every node: the default discriminator is the content-root path, which
    /// differs between machines and would give each node its own keys.</summary>
    public const string ApplicationName = "Marketplace";

    public static WebApplicationBuilder AddMarketplaceDataProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        return builder;
    }
}

/// <summary>The key manager's storage: it reads all elements when it loads the key ring (at the first
/// cookie, and again when a key is due to roll) and adds one element per new key; it never updates or
/// deletes. Microsoft's EntityFrameworkCore package does the same, but is published here only for
/// EF Core 10, which the MySQL provider does not support yet (decision 0001).</summary>
internal sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable()
            .Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
