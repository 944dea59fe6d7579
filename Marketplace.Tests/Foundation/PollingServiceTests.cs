using Marketplace.Web.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Tests.Foundation;

/// <summary>The loop under the e-mail relay and the meeting reminders: a failed round does not end
/// it, the next round comes one interval later on the application's clock, and a disabled job
/// never runs. Time is moved by hand, so nothing here waits for it.</summary>
public sealed class PollingServiceTests
{
    [Fact]
    public async Task Round_Throws_NextRoundRunsAfterOneInterval()
    {
        var clock = new SignallingClock();
        using var job = new FlakyJob(clock, enabled: true);
        using var stop = new CancellationTokenSource();

        await job.StartAsync(stop.Token);
        // Either the loop starts waiting, or it has ended (the failure took it down): never a hang.
        var waiting = await Task.WhenAny(clock.TimerCreated.Task, job.ExecuteTask!);
        var roundsBeforeTheInterval = job.Rounds;
        clock.Advance(TimeSpan.FromSeconds(29));
        var roundsJustBefore = job.Rounds;
        clock.Advance(TimeSpan.FromSeconds(1));
        var second = await Task.WhenAny(job.SecondRound.Task, job.ExecuteTask!);
        await job.StopAsync(CancellationToken.None);

        Assert.Same(clock.TimerCreated.Task, waiting);
        Assert.Same(job.SecondRound.Task, second);
        Assert.Equal(1, roundsBeforeTheInterval);
        Assert.Equal(1, roundsJustBefore);
        Assert.Equal(2, job.Rounds);
    }

    [Fact]
    public async Task Disabled_NeverRuns()
    {
        using var job = new FlakyJob(new SignallingClock(), enabled: false);

        await job.StartAsync(CancellationToken.None);
        await job.ExecuteTask!;

        Assert.Equal(0, job.Rounds);
    }

    private sealed class FlakyJob(TimeProvider clock, bool enabled) : PollingService(clock, NullLogger.Instance)
    {
        public int Rounds;
        public TaskCompletionSource SecondRound { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override bool Enabled => enabled;
        protected override TimeSpan Interval => TimeSpan.FromSeconds(30);

        protected override Task RoundAsync(CancellationToken stoppingToken)
        {
            var round = Interlocked.Increment(ref Rounds);
            if (round == 1)
            {
                throw new InvalidOperationException("the database is away");
            }
            SecondRound.TrySetResult();
            return Task.CompletedTask;
        }
    }

    /// <summary>Tells the test when the loop has started waiting, so moving time cannot race it.</summary>
    private sealed class SignallingClock : FakeTimeProvider
    {
        public TaskCompletionSource TimerCreated { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                TimerCreated.TrySetResult();
            }
            return timer;
        }
    }
}
