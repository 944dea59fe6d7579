namespace Marketplace.Tests.Infrastructure;

/// <summary>The Redis server for the SignalR backplane tests: MARKETPLACE_TEST_REDIS holds a
/// StackExchange.Redis configuration string (./test.sh starts a throwaway redis-server).</summary>
public static class TestRedis
{
    public const string Variable = "MARKETPLACE_TEST_REDIS";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;
}

/// <summary>A fact that needs Redis. Without one it is reported as skipped, by name, with the way
/// to run it — never silently green.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (TestRedis.Server is null)
        {
            Skip = $"Redis not available: run ./test.sh (starts a throwaway redis-server) or set {TestRedis.Variable} to a StackExchange.Redis configuration string.";
        }
    }
}
