namespace Marketplace.Matching.Languages;

/// <summary>CEFR as an ordinal scale; <see cref="None"/> (0) means no knowledge recorded.
/// The numeric values are stored in the index, so never renumber.</summary>
public enum CefrLevel
{
    None = 0,
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}

/// <summary>A Swedish level with progress toward the next level, in whole percent (0–99), so
/// "studying SFI kurs C" is A2 with progress toward B1. Whole percent keeps scores exact integers
/// in, the same double out.</summary>
public readonly record struct LanguageLevel(CefrLevel Level, int ProgressPercent = 0)
{
    public static LanguageLevel None => new(CefrLevel.None);

    /// <summary>Validates the parts; use this for input from outside.</summary>
    public static LanguageLevel Create(CefrLevel level, int progressPercent = 0)
    {
        if (level is < CefrLevel.None or > CefrLevel.C2) throw new ArgumentOutOfRangeException(nameof(level));
        if (progressPercent is < 0 or > 99) throw new ArgumentOutOfRangeException(nameof(progressPercent), "Progress is 0–99 %.");
        if (level == CefrLevel.C2 && progressPercent != 0) throw new ArgumentOutOfRangeException(nameof(progressPercent), "C2 is the top of the scale.");
        return new LanguageLevel(level, progressPercent);
    }

    /// <summary>One number that orders levels with progress: level × 100 + percent.</summary>
    public int Encoded => (int)Level * 100 + ProgressPercent;

    public static LanguageLevel FromEncoded(int encoded) => new((CefrLevel)(encoded / 100), encoded % 100);

    public override string ToString() => Level == CefrLevel.None ? "–" : Level.ToString();
}
