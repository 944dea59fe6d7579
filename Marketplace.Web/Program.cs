using Marketplace.Web.Access;
using Marketplace.Web.Api;
using Marketplace.Web.Email;
using Marketplace.Web.CandidateSearch;
using Marketplace.Web.Dashboards;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Meetings;
using Marketplace.Web.Notifications;
using Marketplace.Web.Seed;
using Marketplace.Web.Transit;
using Marketplace.Web.Workflows;

var builder = WebApplication.CreateBuilder(args);

// Every clock read goes through this, so tests can move time.
builder.Services.AddSingleton(TimeProvider.System);
builder.AddMarketplaceDatabase();
builder.AddMarketplaceIdentity();
builder.AddMarketplaceDataProtection();
builder.Services.AddMarketplaceAccess();
builder.Services.AddMarketplaceWorkflows();
builder.Services.AddMarketplaceDashboards();
builder.Services.AddMarketplaceLocalization();
builder.Services.AddMarketplaceSeeding();
builder.Services.AddMarketplaceTransit();
builder.Services.AddMarketplaceMatching();
builder.Services.AddMarketplaceApi();
builder.Services.AddMarketplaceNotifications(builder.Configuration);
builder.Services.AddMarketplaceEmail(builder.Configuration);
builder.Services.AddMarketplaceMeetings(builder.Configuration);
builder.Services.AddMarketplacePages();

var app = builder.Build();

if (await app.TryRunCommandAsync(args))
{
    return;
}

app.UseMarketplacePipeline();
app.MapMarketplaceApi();
app.MapMarketplaceNotifications();
app.MapRazorPages();

app.Run();

/// <summary>Entry point, public for WebApplicationFactory in tests.</summary>
public partial class Program;
