namespace Marketplace.Matching.Scoring;

public enum Factor
{
    Skills,
    Language,
    Commute,
    Interest,
}

/// <summary>Factor weights. Defaults: skills 0.45 (the job itself matters most), language 0.20,
/// commute 0.20, interest 0.15. A coach may override per search; weights are validated (each in
/// [0, 1], not all zero) and normalised to sum 1 so a score stays in [0, 1].</summary>
public sealed record MatchWeights
{
    public static MatchWeights Default { get; } = new(0.45, 0.20, 0.20, 0.15);

    public double Skills { get; }
    public double Language { get; }
    public double Commute { get; }
    public double Interest { get; }

    private MatchWeights(double skills, double language, double commute, double interest)
    {
        Skills = skills;
        Language = language;
        Commute = commute;
        Interest = interest;
    }

    /// <summary>Validates and normalises a coach's weights.</summary>
    /// <exception cref="ArgumentException">A weight is outside [0, 1] or not a number, or all are zero.</exception>
    public static MatchWeights Create(double skills, double language, double commute, double interest)
    {
        double[] w = [skills, language, commute, interest];
        if (w.Any(x => double.IsNaN(x) || x < 0 || x > 1))
        {
            throw new ArgumentException("Every weight must be between 0 and 1.");
        }
        var sum = skills + language + commute + interest;
        if (sum == 0)
        {
            throw new ArgumentException("At least one weight must be above zero.");
        }
        return new MatchWeights(skills / sum, language / sum, commute / sum, interest / sum);
    }

    public double Of(Factor factor) => factor switch
    {
        Factor.Skills => Skills,
        Factor.Language => Language,
        Factor.Commute => Commute,
        Factor.Interest => Interest,
        _ => throw new ArgumentOutOfRangeException(nameof(factor)),
    };
}
