namespace Marketplace.Matching.Commute.Transit;

/// <summary>A small least-recently-used cache. Values are computed outside the lock so one slow
/// search does not block readers of other workplaces; two threads asking for the same missing key
/// may both compute it, and the first stored wins (both answers are identical).</summary>
public sealed class BoundedCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _map = [];
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get { lock (_lock) return _map.Count; }
    }

    public TValue GetOrAdd(TKey key, Func<TValue> create)
    {
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                return node.Value.Value;
            }
        }
        var value = create();
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var existing)) return existing.Value.Value;
            _map[key] = _order.AddFirst((key, value));
            while (_map.Count > Math.Max(1, capacity))
            {
                _map.Remove(_order.Last!.Value.Key);
                _order.RemoveLast();
            }
            return value;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _map.Clear();
            _order.Clear();
        }
    }
}
