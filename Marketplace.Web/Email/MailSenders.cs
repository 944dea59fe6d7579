using System.Globalization;
using System.Net;
using Marketplace.Data.Entities;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Email;

/// <summary>Sent (with the provider's id), retry later (after at least the given time), or failed for good.</summary>
public sealed record SendResult(bool Sent, string? ProviderMessageId = null, TimeSpan? RetryAfter = null, bool Permanent = false);

public interface IMailSender
{
    Task<SendResult> SendAsync(OutboxMessage message, string subject, string body, CancellationToken ct);
}

/// <summary>Development: "delivering" is marking the row; /Dev/Mailbox shows the sent rows.</summary>
public sealed class DevMailboxSender : IMailSender
{
    public const string Prefix = "dev-mailbox:";

    public Task<SendResult> SendAsync(OutboxMessage message, string subject, string body, CancellationToken ct) =>
        Task.FromResult(new SendResult(true, Prefix + message.Id.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>SendGrid v3 mail/send over plain HTTP. The outbox id travels in custom_args so a
/// duplicate delivery (the relay sends at least once) can be recognised in SendGrid's events.</summary>
public sealed class SendGridMailSender(HttpClient http, IOptions<EmailOptions> options, TimeProvider clock) : IMailSender
{
    public async Task<SendResult> SendAsync(OutboxMessage message, string subject, string body, CancellationToken ct)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(o.SendGridBaseAddress, "v3/mail/send"))
        {
            Content = JsonContent.Create(new
            {
                personalizations = new[]
                {
                    new { to = new[] { new { email = message.RecipientEmail } }, custom_args = new Dictionary<string, string> { ["outbox_id"] = message.Id.ToString(CultureInfo.InvariantCulture) } },
                },
                from = new { email = o.From },
                subject,
                content = new[] { new { type = "text/plain", value = body } },
                attachments = Attachments(message),
            }, options: OmitNulls),
        };
        request.Headers.Authorization = new("Bearer", o.SendGridApiKey);
        using var response = await http.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            return new SendResult(true, response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null);
        }
        var transient = response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500;
        var retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - clock.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        return new SendResult(false, RetryAfter: retryAfter, Permanent: !transient);
    }

    private static readonly System.Text.Json.JsonSerializerOptions OmitNulls = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>SendGrid wants attachments base64-encoded; the type keeps "method=REQUEST" so mail
    /// programs offer the calendar entry as an invitation.</summary>
    private static object[]? Attachments(OutboxMessage m) => m.AttachmentContent is null ? null :
    [
        new
        {
            content = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(m.AttachmentContent)),
            type = m.AttachmentType ?? "application/octet-stream",
            filename = m.AttachmentName ?? "attachment",
            disposition = "attachment",
        },
    ];
}
