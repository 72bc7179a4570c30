using NovaForge.Runner.FaultInjection;
using NovaForge.Runner.State;

namespace NovaForge.Runner.Tests.Reliability;

/// <summary>
/// Kills the runner with SIGKILL at chosen instants (NOVAFORGE_CRASH_AT) of a six-stage local run, where a crash is
/// hardest to recover from, and checks what the crash left; then the next run must complete the pipeline with every
/// job submitted and executed exactly once, and end in the state of a run that was never interrupted.
/// </summary>
[Collection(LocalRunsCollection.Name)]
public sealed class CrashPointTests(ReferenceRun reference)
{
    private const int KilledExitCode = 128 + 9;

    /// <summary>The crash point, the stage it hits, the stage's status in the state file after the crash (none: no record), and whether its job exists.</summary>
    public static TheoryData<string, string, StageStatus?, bool> Points => new()
    {
        { $"{CrashPoint.SubmittingRecorded}:2", "sft", StageStatus.Submitting, false },
        { $"{CrashPoint.Submitted}:2", "sft", StageStatus.Submitting, true },
        { $"{CrashPoint.JobCompleted}:3", "eval_sft", StageStatus.Running, true },

        // State writes per stage: submitting, running, completed. The 4th records sft submitting; the 9th, eval_sft completed.
        { $"{CrashPoint.StateWrite}:4", "sft", null, false },
        { $"{CrashPoint.StateWrite}:9", "eval_sft", StageStatus.Running, true },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public async Task A_kill_at_a_chosen_point_is_recovered_by_the_next_run(string crashAt, string stage, StageStatus? statusAfterCrash, bool jobExists)
    {
        using var pipeline = new LocalPipelineCopy();

        var crashed = await pipeline.RunAsync(new Dictionary<string, string> { [CrashPoint.Variable] = crashAt });

        Assert.True(crashed.ExitCode == KilledExitCode, $"the runner was not killed at {crashAt}: exit {crashed.ExitCode}\n{crashed.Output}{crashed.Error}");
        var record = pipeline.State.Stages.GetValueOrDefault(stage);
        Assert.Equal(statusAfterCrash, record?.Status);
        var jobName = record?.LatestAttempt?.JobName;
        Assert.Equal(jobExists, jobName is not null && Directory.Exists(Path.Combine(pipeline.JobsFolder, jobName)));

        var resumed = await pipeline.RunAsync();

        Assert.True(resumed.ExitCode == 0, resumed.Output + resumed.Error);
        Assert.Equal(reference.Outcome, pipeline.Outcome());
        pipeline.AssertEachJobSubmittedAndExecutedOnce();
        Assert.Empty(Directory.GetFiles(pipeline.Directory, ".*.tmp"));
    }
}
