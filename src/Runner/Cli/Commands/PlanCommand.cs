using System.CommandLine;
using System.Text.Json.Nodes;
using NovaForge.Runner.Cli.Output;
using NovaForge.Runner.Cli.Progress;
using NovaForge.Runner.Planning;
using NovaForge.Runner.State;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;

namespace NovaForge.Runner.Cli.Commands;

/// <summary><c>novaforge plan PIPELINE</c>: what a run would do and why. Exit 0 nothing to do, 2 work to do, 1 error.</summary>
public static class PlanCommand
{
    public static Command Create(IOContext io)
    {
        var pipeline = CommonOptions.Pipeline();
        var set = CommonOptions.Set();
        var format = CommonOptions.Format();
        var selection = new StageSelectionOptions();
        var command = new Command("plan", "Show each stage as up to date, will run, will rerun or blocked, and why. Exit code 0: nothing to do; 2: work to do (including selected stages blocked by a stale stage left out of the selection); 1: error (like terraform plan -detailed-exitcode).")
        {
            pipeline, set, format,
        };
        selection.AddTo(command);
        command.SetAction(parse => Run(io, parse.GetValue(pipeline)!, parse.GetValue(set) ?? [], parse.GetValue(format), selection.Read(parse)));
        return command;
    }

    public static int Run(IOContext io, string pipelinePath, IReadOnlyList<string> sets, OutputFormat format, PlanOptions options)
    {
        var workspace = EngineSetup.Open(io, pipelinePath, sets);
        if (workspace is null)
        {
            return ExitCodes.Failure;
        }

        var (state, problem) = workspace.StateFile.Load(workspace.Pipeline.Name!);
        if (state is null)
        {
            return EngineSetup.Fail(io, workspace, problem!);
        }

        var diagnostics = new List<Diagnostic>();
        var plan = EngineSetup.Planner(workspace).Plan(workspace.Loaded, state, options, diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            foreach (var diagnostic in diagnostics)
            {
                DiagnosticWriter.WriteText(io.Error, PipelineLoader.Locate(diagnostic, workspace.Loaded.Document!), workspace.Loaded.Source);
            }

            return ExitCodes.Failure;
        }

        foreach (var refusal in Engine.SelectionGuard.Check(workspace.Pipeline, plan).Concat(Engine.BudgetGuard.Check(workspace.Pipeline, plan)))
        {
            DiagnosticWriter.WriteText(io.Error, PipelineLoader.Locate(refusal, workspace.Loaded.Document!), workspace.Loaded.Source);
        }

        if (format == OutputFormat.Json)
        {
            io.Output.WriteLine(DiagnosticWriter.ToJsonText(new JsonObject
            {
                ["pipeline"] = workspace.Pipeline.Name,
                ["stages"] = new JsonArray([.. plan.Select(p => (JsonNode)new JsonObject
                {
                    ["id"] = p.Id,
                    ["decision"] = PlanSummary.Decision(p),
                    ["fingerprint"] = p.Fingerprint,
                    ["reasons"] = new JsonArray([.. p.Reasons.Select(r => (JsonNode)r)]),
                    ["earlier_jobs"] = new JsonArray([.. p.EarlierJobs.Select(a => (JsonNode)new JsonObject { ["job"] = a.JobName, ["status"] = a.Status.Text() })]),
                })]),
            }));
        }
        else
        {
            var width = plan.Max(p => p.Id.Length);
            foreach (var stage in plan)
            {
                var reasons = stage.Reasons.Count == 0 ? string.Empty : $": {string.Join("; ", stage.Reasons)}";
                io.Output.WriteLine($"  {stage.Id.PadRight(width)}  {PlanSummary.Decision(stage)}{reasons}");
            }

            io.Output.WriteLine(PlanSummary.Describe(plan));
        }

        return PlanSummary.HasWork(plan) ? ExitCodes.WorkToDo : ExitCodes.Success;
    }
}
