using System.CommandLine;
using NovaForge.Runner.Cli.Output;
using NovaForge.Runner.Cli.Progress;
using NovaForge.Runner.Engine;
using Spectre.Console;
using NovaForge.Runner.State;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;

namespace NovaForge.Runner.Cli.Commands;

/// <summary><c>novaforge run PIPELINE</c>: runs the stages that are not up to date, in order, resuming where a previous run stopped.</summary>
public static class RunCommand
{
    public static Command Create(IOContext io)
    {
        var pipeline = CommonOptions.Pipeline();
        var set = CommonOptions.Set();
        var selection = new StageSelectionOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate, prepare data and render recipes, but submit nothing and leave the state file alone." };
        var keepGoing = new Option<bool>("--keep-going", "-k") { Description = "After a failure, keep running the stages that do not depend on it." };
        var stopOnCancel = new Option<bool>("--stop-on-cancel") { Description = "On Ctrl-C, stop the running job instead of detaching from it (by default jobs keep running and the next run re-attaches)." };
        var replaceRunning = new Option<bool>("--replace-running") { Description = "When a stage's configuration changed while its job was still running (detached, or left by a crashed run), stop that job and submit the new one. Without it the run refuses (NF6011) rather than run two jobs; a job that has ended is recorded either way." };
        var command = new Command("run", "Run the pipeline: stages that are up to date are skipped, a crashed or detached run is resumed, and no job is ever submitted twice.")
        {
            pipeline, set, dryRun, keepGoing, stopOnCancel, replaceRunning,
        };
        selection.AddTo(command);
        command.SetAction((parse, cancellation) => RunAsync(io, parse.GetValue(pipeline)!, parse.GetValue(set) ?? [], new RunOptions
        {
            Plan = selection.Read(parse),
            DryRun = parse.GetValue(dryRun),
            KeepGoing = parse.GetValue(keepGoing),
            StopOnCancel = parse.GetValue(stopOnCancel),
            ReplaceRunning = parse.GetValue(replaceRunning),
        }, cancellation));
        return command;
    }

    public static async Task<int> RunAsync(IOContext io, string pipelinePath, IReadOnlyList<string> sets, RunOptions options, CancellationToken cancellation)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, io.Cancellation);
        var clock = TimeProvider.System;
        var workspace = EngineSetup.Open(io, pipelinePath, sets);
        if (workspace is null)
        {
            return ExitCodes.Failure;
        }

        var (runtime, runtimeProblem) = workspace.CreateRuntime(clock);
        if (runtime is null)
        {
            return EngineSetup.Fail(io, workspace, runtimeProblem!);
        }

        using var runLock = options.DryRun ? null : EngineSetup.Lock(io, workspace, clock);
        if (!options.DryRun && runLock is null)
        {
            return ExitCodes.Failure;
        }

        if (runLock is not null)
        {
            workspace.StateFile.RemoveInterruptedWrites();
        }

        var (state, stateProblem) = workspace.StateFile.Load(workspace.Pipeline.Name!);
        if (state is null)
        {
            return EngineSetup.Fail(io, workspace, stateProblem!);
        }

        RunOutcome outcome;
        IReadOnlyList<Diagnostic> diagnostics;
        try
        {
            (outcome, diagnostics) = io.IsInteractive
                ? await RunLiveAsync(io, workspace, runtime, state, options, clock, linked.Token)
                : await new PipelineRunner(EngineSetup.Planner(workspace), runtime, EngineSetup.Preparer(io, workspace), new PlainRunObserver(io.Output, clock), clock)
                    .RunAsync(workspace.Loaded, workspace.StateFile, state, options, linked.Token);
        }
        catch (StateWriteException exception)
        {
            (outcome, diagnostics) = (RunOutcome.Failed, [exception.Diagnostic]);
        }
        foreach (var diagnostic in diagnostics)
        {
            DiagnosticWriter.WriteText(io.Error, PipelineLoader.Locate(diagnostic, workspace.Loaded.Document!), workspace.Loaded.Source);
        }

        io.Output.WriteLine(outcome switch
        {
            RunOutcome.Succeeded => options.DryRun ? "Dry run complete: nothing was submitted." : "Pipeline complete.",
            RunOutcome.Detached => "Detached: jobs keep running. Run the same command again to re-attach.",
            RunOutcome.Stopped => "Stopped.",
            RunOutcome.Interrupted => "Interrupted before submitting anything more; the state file records everything done so far. Run the same command again to continue.",
            _ => "Pipeline failed.",
        });
        return outcome switch
        {
            RunOutcome.Succeeded => ExitCodes.Success,
            RunOutcome.Detached or RunOutcome.Stopped or RunOutcome.Interrupted => ExitCodes.Interrupted,
            _ => ExitCodes.Failure,
        };
    }

    /// <summary>Runs under a live table that refreshes while the engine works.</summary>
    private static async Task<(RunOutcome, IReadOnlyList<Diagnostic>)> RunLiveAsync(IOContext io, PipelineWorkspace workspace, Runtimes.IStageRuntime runtime, PipelineState state, RunOptions options, TimeProvider clock, CancellationToken cancellation)
    {
        var observer = new LiveRunObserver(clock);
        var runner = new PipelineRunner(EngineSetup.Planner(workspace), runtime, EngineSetup.Preparer(io, workspace), observer, clock);
        (RunOutcome, IReadOnlyList<Diagnostic>) result = default;
        await Consoles.For(io).Live(observer.Render()).StartAsync(async context =>
        {
            var run = runner.RunAsync(workspace.Loaded, workspace.StateFile, state, options, cancellation);
            while (!run.IsCompleted)
            {
                context.UpdateTarget(observer.Render());
                await Task.WhenAny(run, Task.Delay(250, CancellationToken.None));
            }

            result = await run;
            context.UpdateTarget(observer.Render());
        });
        return result;
    }
}
