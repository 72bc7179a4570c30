using NovaForge.Runner.Cli;
using NovaForge.Runner.Cli.Commands;
using NovaForge.Runner.State;
using NovaForge.Runner.Tests.Engine;
using NovaForge.Runner.Tests.Support;
using NovaForge.Tests.Support;

namespace NovaForge.Runner.Tests.Cli;

/// <summary><c>novaforge status</c> in text: status, job, duration or time so far, metrics, and every stage's outputs.</summary>
public sealed class StatusCommandTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly EngineFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void Text_status_shows_time_so_far_for_a_detached_job_and_the_outputs_of_each_stage()
    {
        var state = PipelineState.New("engine-test")
            .WithStage("baseline", Stage(StageStatus.Completed, "engine-test-baseline-aaaa1111-1", Start, Start.AddSeconds(90), new StageOutputs
            {
                Data = [new PreparedDataRecord("eval", "questions.test", ".novaforge/prepared/4c53c317.jsonl", 40, "sha256:4c53c317")],
                EvalOutput = ".novaforge/jobs/engine-test-baseline-aaaa1111-1/output",
                Metrics = new Dictionary<string, double> { ["em"] = 0.5 },
            }))
            .WithStage("sft", Stage(StageStatus.Detached, "engine-test-sft-bbbb2222-1", Start.AddMinutes(2), null, new StageOutputs
            {
                Data = [new PreparedDataRecord("train", "questions.train", ".novaforge/prepared/9f86d081.jsonl", 160, "sha256:9f86d081")],
            }))
            .WithStage("deploy", Stage(StageStatus.Completed, "engine-test-deploy-cccc3333-1", Start.AddMinutes(3), Start.AddMinutes(3).AddSeconds(12), new StageOutputs
            {
                Checkpoint = ".novaforge/jobs/engine-test-rft-dddd4444-1/output/checkpoint",
                Endpoint = "engine-test",
            }));
        fixture.StateFile.Save(state, new FixedClock(Start));
        var output = new StringWriter();
        var io = new IOContext(output, new StringWriter(), _ => null, fixture.Directory, IsInteractive: false);

        var exitCode = StatusCommand.Run(io, fixture.PipelinePath, [], json: false, new FixedClock(Start.AddMinutes(14).AddSeconds(30)));

        Assert.Equal(0, exitCode);
        Golden.AssertMatches(RepositoryPaths.InRepository("tests", "NovaForge.Runner.Tests", "Cli", "Golden", "status.txt"), string.Join("\n", output.ToString().Split('\n').Select(l => l.TrimEnd())));
    }

    private static StageState Stage(StageStatus status, string job, DateTimeOffset started, DateTimeOffset? ended, StageOutputs outputs) => new()
    {
        Status = status,
        Fingerprint = "sha256:0",
        Inputs = new Dictionary<string, string>(),
        Attempts = [new AttemptRecord { Attempt = 1, JobName = job, Fingerprint = "sha256:0", Status = status, SubmittedAt = started, StartedAt = started, EndedAt = ended }],
        StartedAt = started,
        EndedAt = ended,
        Outputs = outputs,
    };
}
