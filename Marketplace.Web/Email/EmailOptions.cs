namespace Marketplace.Web.Email;

/// <summary>Section "Email". Without <see cref="SendGridApiKey"/> mail goes to the development
/// mailbox (/Dev/Mailbox) instead of leaving the machine.</summary>
public sealed class EmailOptions
{
    public string? SendGridApiKey { get; set; }
    /// <summary>Configurable so tests can point the sender at a loopback fixture.</summary>
    public Uri SendGridBaseAddress { get; set; } = new("https://api.sendgrid.com/");
    public string From { get; set; } = "no-reply@marketplace.example";
    /// <summary>Where "log in to see" points.</summary>
    public Uri SiteUrl { get; set; } = new("http://localhost:5080/");
    /// <summary>False turns the background relay off (tests drive it by hand).</summary>
    public bool RelayEnabled { get; set; } = true;
    public int RelayIntervalSeconds { get; set; } = 5;
    public int MaxAttempts { get; set; } = 8;
}
