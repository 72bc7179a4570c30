using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Runner.Cli.Output;
using NovaForge.Runner.Cli.Progress;
using NovaForge.Runner.State;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Serialization;
using Spectre.Console;

namespace NovaForge.Runner.Cli.Commands;

/// <summary><c>novaforge status PIPELINE</c>: every stage's state, job, duration, outputs and metrics, from the state file (safe during a run).</summary>
public static class StatusCommand
{
    public static Command Create(IOContext io)
    {
        var pipeline = CommonOptions.Pipeline();
        var set = CommonOptions.Set();
        var json = new Option<bool>("--json") { Description = "Print the status as JSON." };
        var command = new Command("status", "Show every stage's status, job, duration (time so far for a job that may still be running), metrics, and outputs: checkpoints, evaluation output, endpoints and the prepared data each job read. Reads the state file only, so it works while a run is in progress.")
        {
            pipeline, set, json,
        };
        command.SetAction(parse => Run(io, parse.GetValue(pipeline)!, parse.GetValue(set) ?? [], parse.GetValue(json), TimeProvider.System));
        return command;
    }

    public static int Run(IOContext io, string pipelinePath, IReadOnlyList<string> sets, bool json, TimeProvider clock)
    {
        var workspace = EngineSetup.Open(io, pipelinePath, sets, checkData: false);
        if (workspace is null)
        {
            return ExitCodes.Failure;
        }

        var (state, problem) = workspace.StateFile.Load(workspace.Pipeline.Name!);
        if (state is null)
        {
            return EngineSetup.Fail(io, workspace, problem!);
        }

        var stages = workspace.Pipeline.Stages!.Where(s => s.Id is not null).Select(s => (s.Id!, state.Stages.GetValueOrDefault(s.Id!))).ToList();
        if (json)
        {
            io.Output.WriteLine(DiagnosticWriter.ToJsonText(new JsonObject
            {
                ["pipeline"] = workspace.Pipeline.Name,
                ["state_file"] = workspace.StateFile.Path,
                ["serial"] = state.Serial,
                ["lineage"] = state.Lineage,
                ["stages"] = new JsonArray([.. stages.Select(s => (JsonNode)StageJson(s.Item1, s.Item2, clock.GetUtcNow()))]),
            }));
            return ExitCodes.Success;
        }

        if (!workspace.StateFile.Exists)
        {
            DiagnosticWriter.WriteText(io.Output, DiagnosticFactory.NoState(workspace.StateFile.Path), null);
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("Stage", "Status", "Job", "Duration", "Metrics");
        foreach (var (id, stage) in stages)
        {
            table.AddRow(
                Markup.Escape(id),
                Markup.Escape(stage?.Status.ToString().ToLowerInvariant() ?? "not run"),
                Markup.Escape(stage?.LatestAttempt?.JobName ?? "-"),
                Markup.Escape(stage is null ? "-" : StageSummary.Elapsed(stage, clock.GetUtcNow()) ?? "-"),
                Markup.Escape(stage is null ? string.Empty : StageSummary.HeadlineMetrics(stage)));
        }

        var console = Consoles.For(io);
        console.Write(table);
        var outputs = stages.SelectMany(s => s.Item2 is null ? [] : StageSummary.Outputs(s.Item2).Select((o, i) => (Stage: i == 0 ? s.Item1 : string.Empty, o.Output, o.Where))).ToList();
        if (outputs.Count > 0)
        {
            var outputTable = new Table().Border(TableBorder.Simple).AddColumns("Stage", "Output", "Where");
            foreach (var (stage, output, where) in outputs)
            {
                outputTable.AddRow(Markup.Escape(stage), Markup.Escape(output), Markup.Escape(where));
            }

            console.Write(outputTable);
        }

        foreach (var (id, stage) in stages.Where(s => s.Item2?.Error is not null))
        {
            io.Output.WriteLine($"{id}: {stage!.Error}");
        }

        return ExitCodes.Success;
    }

    private static JsonObject StageJson(string id, StageState? stage, DateTimeOffset now) => new()
    {
        ["id"] = id,
        ["status"] = stage?.Status.ToString().ToLowerInvariant() ?? "not_run",
        ["job"] = stage?.LatestAttempt?.JobName,
        ["job_id"] = stage?.LatestAttempt?.JobId,
        ["attempts"] = stage?.Attempts.Count ?? 0,
        ["started_at"] = stage?.StartedAt,
        ["ended_at"] = stage?.EndedAt,
        ["duration_seconds"] = stage?.StartedAt is { } start && stage.EndedAt is { } end ? Math.Round((end - start).TotalSeconds, 3) : null,
        ["elapsed_seconds"] = stage is { EndedAt: null, StartedAt: { } since } && stage.Status.MayBeRunning() ? Math.Round((now - since).TotalSeconds, 3) : null,
        ["fingerprint"] = stage?.Fingerprint,
        ["error"] = stage?.Error,
        ["outputs"] = stage?.Outputs is { } outputs ? JsonSerializer.SerializeToNode(outputs, NovaJson.Options) : null,
    };
}
