namespace Marketplace.Matching.Scoring;

/// <summary>Keeps the best k (id, score) pairs: higher score first, ties by lower id. Shared by the
/// index and the brute-force scorer so both rank with the very same comparison. The payload
/// rides along (a document, or a Lucene doc number).</summary>
public sealed class TopKCollector<TPayload>
{
    private sealed class WorstFirst : IComparer<(double Score, long Id)>
    {
        public static readonly WorstFirst Instance = new();

        // The heap's minimum is the worst entry: lower score, or the same score and a higher id.
        public int Compare((double Score, long Id) a, (double Score, long Id) b)
        {
            var byScore = a.Score.CompareTo(b.Score);
            return byScore != 0 ? byScore : b.Id.CompareTo(a.Id);
        }
    }

    private readonly PriorityQueue<TPayload, (double Score, long Id)> _heap;
    private readonly int _k;

    public TopKCollector(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        _k = k;
        _heap = new PriorityQueue<TPayload, (double, long)>(k + 1, WorstFirst.Instance);
    }

    public int Count => _heap.Count;
    public bool IsFull => _heap.Count == _k;

    /// <summary>The score a new entry must reach (ties then go by id); -∞ until full.</summary>
    public double Threshold => IsFull && _heap.TryPeek(out _, out var worst) ? worst.Score : double.NegativeInfinity;

    public void Offer(long id, double score, TPayload payload)
    {
        if (!IsFull)
        {
            _heap.Enqueue(payload, (score, id));
            return;
        }
        _heap.TryPeek(out _, out var worst);
        if (WorstFirst.Instance.Compare((score, id), worst) > 0)
        {
            _heap.DequeueEnqueue(payload, (score, id));
        }
    }

    /// <summary>Best first.</summary>
    public IReadOnlyList<(long Id, double Score, TPayload Payload)> Results()
    {
        var items = _heap.UnorderedItems.Select(x => (x.Priority.Id, x.Priority.Score, Payload: x.Element)).ToList();
        items.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Id.CompareTo(b.Id));
        return items;
    }
}
