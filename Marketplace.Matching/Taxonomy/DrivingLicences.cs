namespace Marketplace.Matching.Taxonomy;

/// <summary>Swedish driving-licence classes and which held class satisfies a requested one.</summary>
/// <remarks>The rule (Transportstyrelsen): a class that builds on another includes its rights, so a
/// requested class is satisfied by itself and by every class above it in the chain. The table
/// lists only the direct "includes" step; the closure is computed, so adding a class is one line.
/// Classes are the taxonomy labels ("B", "C1", "Utökad B").</remarks>
public static class DrivingLicences
{
    /// <summary>held class → classes it directly includes.</summary>
    private static readonly (string Held, string[] Includes)[] DirectIncludes =
    [
        ("AM", []),
        ("A1", ["AM"]),
        ("A2", ["A1"]),
        ("A", ["A2"]),
        ("B", ["AM"]),
        ("Utökad B", ["B"]),
        ("BE", ["Utökad B"]),
        ("C1", ["B"]),
        ("C1E", ["C1", "BE"]),
        ("C", ["C1"]),
        ("CE", ["C", "C1E"]),
        ("D1", ["B"]),
        ("D1E", ["D1", "BE"]),
        ("D", ["D1"]),
        ("DE", ["D", "D1E"]),
    ];

    /// <summary>All classes in a fixed order; the position is the bit used in <see cref="Mask"/>.</summary>
    public static IReadOnlyList<string> Classes { get; } = DirectIncludes.Select(d => d.Held).ToArray();

    private static readonly Dictionary<string, int> BitOf =
        Classes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.OrdinalIgnoreCase);

    /// <summary>requested class bit → mask of held classes that satisfy it.</summary>
    private static readonly int[] SatisfiedByMask = BuildSatisfiedBy();

    public static bool IsKnown(string licenceClass) => BitOf.ContainsKey(licenceClass);

    /// <summary>Bit set of the given classes; unknown classes are rejected so a typo cannot silently fail a constraint.</summary>
    public static int Mask(IEnumerable<string> classes)
    {
        var mask = 0;
        foreach (var c in classes)
        {
            mask |= 1 << Bit(c);
        }
        return mask;
    }

    /// <summary>Mask of held classes that satisfy <paramref name="requested"/> (itself included).</summary>
    public static int SatisfyingMask(string requested) => SatisfiedByMask[Bit(requested)];

    /// <summary>The classes that satisfy <paramref name="requested"/>, in table order.</summary>
    public static IReadOnlyList<string> SatisfiedBy(string requested)
    {
        var mask = SatisfyingMask(requested);
        return Classes.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
    }

    public static bool Satisfies(IEnumerable<string> held, string? requested) =>
        requested is null || (Mask(held) & SatisfyingMask(requested)) != 0;

    /// <summary>Whether these classes allow driving a car: B, or a class that includes B. AM
    /// (moped) and A (motorcycle) do not, however many of them are held.</summary>
    public static bool AllowsCar(IEnumerable<string> held) => Satisfies(held, "B");

    private static int Bit(string licenceClass) =>
        BitOf.TryGetValue(licenceClass, out var bit) ? bit : throw new ArgumentException($"Unknown driving-licence class '{licenceClass}'.", nameof(licenceClass));

    private static int[] BuildSatisfiedBy()
    {
        var includes = DirectIncludes.ToDictionary(d => d.Held, d => d.Includes);
        var result = new int[Classes.Count];
        foreach (var held in Classes)
        {
            // Walk everything `held` includes, transitively; each of those is satisfied by `held`.
            var stack = new Stack<string>([held]);
            var seen = new HashSet<string>();
            while (stack.Count > 0)
            {
                var c = stack.Pop();
                if (!seen.Add(c)) continue;
                result[BitOf[c]] |= 1 << BitOf[held];
                foreach (var next in includes[c]) stack.Push(next);
            }
        }
        return result;
    }
}
