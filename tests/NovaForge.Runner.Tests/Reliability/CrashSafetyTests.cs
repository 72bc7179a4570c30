using Xunit.Abstractions;

namespace NovaForge.Runner.Tests.Reliability;

/// <summary>
/// Kills the runner with SIGKILL at many points of a six-stage local run whose jobs run in their own processes, then
/// runs again, until the pipeline completes. Every job must have been submitted and executed exactly once, and the
/// final state must equal that of a run that was never interrupted.
/// </summary>
[Collection(LocalRunsCollection.Name)]
public sealed class CrashSafetyTests(ReferenceRun reference, ITestOutputHelper output)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Killing_the_runner_anywhere_loses_nothing_and_submits_nothing_twice()
    {
        using var crashed = new LocalPipelineCopy();
        var kills = 0;
        var delay = TimeSpan.FromMilliseconds(300);
        while (true)
        {
            using var run = NovaforgeProcess.Start(crashed.Directory, "run", crashed.Pipeline);
            await Task.Delay(delay);
            if (run.HasExited)
            {
                var (exitCode, text, error) = await run.WaitAsync(RunTimeout);
                Assert.True(exitCode == 0, $"run after {kills} kills exited {exitCode}: {text}{error}");
                break;
            }

            run.KillHard();
            await run.WaitAsync(RunTimeout);
            kills++;
            delay += TimeSpan.FromMilliseconds(450);
            Assert.True(kills < 40, "the pipeline never completed");
        }

        output.WriteLine($"killed the runner {kills} times");
        Assert.True(kills >= 5, $"only {kills} kills: the harness did not exercise enough crash points");
        var final = await crashed.RunAsync();
        Assert.Contains("up to date", final.Output, StringComparison.Ordinal);
        Assert.Equal(reference.Outcome, crashed.Outcome());
        crashed.AssertEachJobSubmittedAndExecutedOnce();
    }
}
