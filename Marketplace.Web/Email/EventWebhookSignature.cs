using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Marketplace.Web.Email;

/// <summary>SendGrid's Signed Event Webhook: an ECDSA P-256 / SHA-256 signature (base64, DER) over
/// the timestamp header's text followed by the raw body bytes, checked with the account's
/// verification key (base64 SubjectPublicKeyInfo, as SendGrid's settings page shows it).</summary>
public static class EventWebhookSignature
{
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    public enum Verdict { Valid, Missing, Invalid, Stale }

    public static Verdict Verify(string publicKeyBase64, string? signature, string? timestamp, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return Verdict.Missing;
        }
        byte[] der;
        try
        {
            der = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            return Verdict.Invalid;
        }
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var n = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(n));
        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(publicKeyBase64), out _);
        if (!key.VerifyData(signed, der, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
        {
            return Verdict.Invalid;
        }
        // Checked after the signature, so the timestamp is known to be SendGrid's: an old signed
        // post replayed later is refused.
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return Verdict.Stale;
        }
        return Verdict.Valid;
    }
}
