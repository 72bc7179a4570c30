using System.CommandLine;
using System.Globalization;
using NovaForge.Runner.Runtimes;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Cli.Commands;

/// <summary><c>novaforge logs PIPELINE STAGE [--follow]</c>: the log of the stage's latest job.</summary>
public static class LogsCommand
{
    public static Command Create(IOContext io)
    {
        var pipeline = CommonOptions.Pipeline();
        var stage = new Argument<string>("stage") { Description = "The stage whose job log to show." };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new lines until the job ends (Ctrl-C stops following, not the job)." };
        var set = CommonOptions.Set();
        var command = new Command("logs", "Print the log of a stage's latest job: steps with loss, learning rate, reward and KL, and the job's messages.")
        {
            pipeline, stage, follow, set,
        };
        command.SetAction((parse, cancellation) => RunAsync(io, parse.GetValue(pipeline)!, parse.GetValue(stage)!, parse.GetValue(follow), parse.GetValue(set) ?? [], cancellation));
        return command;
    }

    public static async Task<int> RunAsync(IOContext io, string pipelinePath, string stageId, bool follow, IReadOnlyList<string> sets, CancellationToken cancellation)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, io.Cancellation);
        var workspace = EngineSetup.Open(io, pipelinePath, sets, checkData: false);
        if (workspace is null)
        {
            return ExitCodes.Failure;
        }

        var ids = workspace.Pipeline.Stages!.Select(s => s.Id).OfType<string>().ToList();
        if (!ids.Contains(stageId))
        {
            return EngineSetup.Fail(io, workspace, DiagnosticFactory.UnknownStageOption("stage", stageId, ids), ExitCodes.Usage);
        }

        var (state, problem) = workspace.StateFile.Load(workspace.Pipeline.Name!);
        if (state is null)
        {
            return EngineSetup.Fail(io, workspace, problem!);
        }

        if (state.Stages.GetValueOrDefault(stageId)?.LatestAttempt is not { } attempt)
        {
            return EngineSetup.Fail(io, workspace, DiagnosticFactory.NoJobForStage(stageId));
        }

        var (runtime, runtimeProblem) = workspace.CreateRuntime(TimeProvider.System);
        if (runtime is null)
        {
            return EngineSetup.Fail(io, workspace, runtimeProblem!);
        }

        var job = await runtime.FindAsync(attempt.JobName, linked.Token);
        if (job is null)
        {
            return EngineSetup.Fail(io, workspace, DiagnosticFactory.JobNotFound(stageId, attempt.JobName));
        }

        var printed = 0;
        try
        {
            while (true)
            {
                var status = follow ? await runtime.GetStatusAsync(job, linked.Token) : null;
                foreach (var entry in await runtime.ReadLogsAsync(job, printed, linked.Token))
                {
                    io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entry.Timestamp.ToLocalTime():yyyy-MM-dd HH:mm:ss} {entry.Message}"));
                    printed++;
                }

                if (!follow || status!.State.IsTerminal())
                {
                    break;
                }

                await Task.Delay(500, linked.Token);
            }
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // Ctrl-C stops following; the job is not touched.
        }

        return ExitCodes.Success;
    }
}
