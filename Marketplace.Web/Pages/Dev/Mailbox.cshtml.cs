using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Pages.Dev;

public sealed record MailboxItem(OutboxMessage Message, string Subject, string Body);

/// <summary>Where e-mail goes when no SendGrid key is configured: the outbox as the recipients
/// would read it. Open in Development; elsewhere to admins only, since it shows addresses.</summary>
[Authorize]
public sealed class MailboxModel(MarketplaceDbContext db, IWebHostEnvironment env, IOptions<EmailOptions> options, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int Shown = 100;

    public List<MailboxItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!env.IsDevelopment() && !User.IsInRole(Roles.Admin))
        {
            return NotFound();
        }
        var rows = await db.Outbox.OrderByDescending(m => m.Id).Take(Shown).AsNoTracking().ToListAsync(ct);
        Items = rows.Select(m =>
        {
            var (subject, body) = EmailText.Render(m.Language, options.Value.SiteUrl, l);
            return new MailboxItem(m, subject, body);
        }).ToList();
        return Page();
    }

    /// <summary>The stored attachment as the recipient's mail program would get it (invite.ics).</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(long id, CancellationToken ct)
    {
        if (!env.IsDevelopment() && !User.IsInRole(Roles.Admin))
        {
            return NotFound();
        }
        var m = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.AttachmentContent != null, ct);
        return m is null ? NotFound()
            : File(System.Text.Encoding.UTF8.GetBytes(m.AttachmentContent!), m.AttachmentType ?? "application/octet-stream", m.AttachmentName ?? "attachment");
    }

    /// <summary>Where the message stands: accepted (and what SendGrid's events said since),
    /// waiting, in flight, or given up and why.</summary>
    public string Delivery(OutboxMessage m)
    {
        var state = (m.SentAt, m.GaveUp, m.AttemptStartedAt) switch
        {
            ({ } sent, _, _) => l["Sent {0}", Words.Local(sent)].Value,
            (_, OutboxGiveUp.Rejected, _) => l["Not sent: refused by the provider"].Value,
            (_, OutboxGiveUp.TooManyAttempts, _) => l["Not sent: too many failed attempts"].Value,
            (_, OutboxGiveUp.OutcomeUnknown, _) => l["Given up: sent twice, outcome of both unknown"].Value,
            (_, _, { } started) => l["Sending since {0}", Words.Local(started)].Value,
            _ => l["Waiting ({0} attempts)", m.Attempts].Value,
        };
        if (m.UncertainSends > 0)
        {
            state += " · " + l["sent again once: an earlier outcome was unknown"];
        }
        return m.LastEvent is { } e ? $"{state} · {l["SendGrid reports: {0}", e]}" : state;
    }
}
