using Marketplace.Matching.Commute;

namespace Marketplace.Matching.Index;

/// <summary>The small per-candidate values the collector checks on every document, packed into one
/// numeric doc value so a document costs one read instead of five. Layout (low bit first):
/// modes 4 bits, searchable 1, max commute 12 (minutes), Swedish 12 (encoded level), licences 16.
/// Values that do not fit are rejected when indexing, never truncated, so the index stays exact.</summary>
internal readonly record struct PackedFacts(TransportModes Modes, bool Searchable, int MaxCommuteMinutes, int SwedishEncoded, int LicenceMask)
{
    public const int MaxCommuteLimit = (1 << 12) - 1;
    public const int LicenceBits = 16;
    public const int MaxSwedishEncoded = (1 << 12) - 1;

    public long Pack()
    {
        if ((int)Modes is < 0 or > 15) throw new ArgumentOutOfRangeException(nameof(Modes), Modes, "Unknown transport modes.");
        if (MaxCommuteMinutes is < 0 or > MaxCommuteLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxCommuteMinutes), MaxCommuteMinutes, $"Maximum commute must be 0–{MaxCommuteLimit} minutes.");
        }
        if (SwedishEncoded is < 0 or > MaxSwedishEncoded) throw new ArgumentOutOfRangeException(nameof(SwedishEncoded));
        if (LicenceMask is < 0 or >= 1 << LicenceBits) throw new ArgumentOutOfRangeException(nameof(LicenceMask));
        return (long)Modes | (Searchable ? 1L << 4 : 0) | ((long)MaxCommuteMinutes << 5) | ((long)SwedishEncoded << 17) | ((long)LicenceMask << 29);
    }

    public static PackedFacts Unpack(long v) => new(
        (TransportModes)(v & 0xF),
        ((v >> 4) & 1) == 1,
        (int)((v >> 5) & 0xFFF),
        (int)((v >> 17) & 0xFFF),
        (int)((v >> 29) & 0xFFFF));
}
