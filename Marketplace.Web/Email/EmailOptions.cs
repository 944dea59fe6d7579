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
    /// <summary>How long one request to the provider may take before the relay stops waiting.</summary>
    public int SendTimeoutSeconds { get; set; } = 30;
    /// <summary>A claim older than this belongs to a relay that died mid-attempt. Longer than
    /// <see cref="SendTimeoutSeconds"/>, so a live attempt is never mistaken for a dead one.</summary>
    public int ClaimTimeoutSeconds { get; set; } = 120;
    /// <summary>SendGrid's "Verification Key" for the Signed Event Webhook (base64 SubjectPublicKeyInfo).
    /// Without it the webhook endpoint answers 404: unsigned events are never accepted.</summary>
    public string? WebhookPublicKey { get; set; }
    /// <summary>How far the signed timestamp may be from now, either way, before a post is refused as a replay.</summary>
    public int WebhookToleranceSeconds { get; set; } = 300;
}
