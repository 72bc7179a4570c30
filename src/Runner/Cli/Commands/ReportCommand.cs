using System.CommandLine;
using System.CommandLine.Parsing;
using NovaForge.Runner.Cli.Output;
using NovaForge.Runner.Evaluation.Classification;
using NovaForge.Runner.Evaluation.Reports;
using NovaForge.Runner.Evaluation.Reports.Rendering;
using NovaForge.Runner.Evaluation.Scoring;
using NovaForge.Runner.IO;
using NovaForge.Runner.State;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Cli.Commands;

/// <summary>
/// <c>novaforge report PIPELINE</c>: every eval stage side by side (one column per stage, delta to the first), with
/// classification, confusion matrices, length histograms, calibration, per-segment tables and judge results.
/// </summary>
public static class ReportCommand
{
    public static Command Create(IOContext io)
    {
        var pipeline = CommonOptions.Pipeline();
        var set = CommonOptions.Set();
        var format = new Option<ReportFormat>("--format")
        {
            Description = "md (Markdown, the default; 'markdown' works too), html (one self-contained file with its charts) or json.",
            DefaultValueFactory = _ => ReportFormat.Markdown,
            CustomParser = ParseFormat,
        };
        format.CompletionSources.Add([.. ReportFormats.Names]);
        var output = new Option<string?>("--out", "-o") { Description = "Write the report to this file instead of the output." };
        var threshold = new Option<double>("--confidence-threshold") { Description = "With log probabilities: below it an answer is low-confidence; a wrong answer at or above it is an over-confident error.", DefaultValueFactory = _ => 0.8 };
        var labels = new LabelOptions();
        var command = new Command("report", "Compare every completed eval stage of the pipeline: the metrics table with deltas, classification and confusion matrices, response lengths, calibration, segments and judge results. Each stage is scored as its run scored it: labels are inferred from the gold answers (JSON answers with a 'class' field, or a few short labels) unless given.")
        {
            pipeline, set, format, output, threshold,
        };
        labels.AddTo(command);
        command.SetAction(parse =>
        {
            var extraction = labels.Read(parse, out var problem);
            if (problem is not null)
            {
                DiagnosticWriter.WriteText(io.Error, problem, null);
                return ExitCodes.Usage;
            }

            return Run(io, parse.GetValue(pipeline)!, parse.GetValue(set) ?? [], parse.GetValue(format), parse.GetValue(output), extraction, parse.GetValue(threshold));
        });
        return command;
    }

    public static int Run(IOContext io, string pipelinePath, IReadOnlyList<string> sets, ReportFormat format, string? output, LabelExtraction? labels, double threshold)
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

        var stages = workspace.Pipeline.Stages!
            .Where(s => s.Kind == StageKind.Eval && s.Id is not null && state.Stages.GetValueOrDefault(s.Id)?.Status == StageStatus.Completed)
            .Select(s => new ReportStageInput(s.Id!, s.Eval?.Task ?? "gen_qa", StatePaths.FromState(state.Stages[s.Id!].Outputs?.EvalOutput, workspace.Loaded.Directory) ?? string.Empty, StageScoring.ByomAggregationOf(s.Eval)))
            .ToList();
        var report = ReportBuilder.Build(stages, new ReportOptions
        {
            Title = $"{workspace.Pipeline.Name}: evaluation report",
            Scoring = new ScoringOptions { Labels = labels, ConfidenceThreshold = threshold },
        });
        foreach (var diagnostic in report.Diagnostics)
        {
            DiagnosticWriter.WriteText(io.Error, diagnostic, null);
        }

        var text = ReportRenderers.For(format).Render(report);
        if (output is null)
        {
            io.Output.Write(text);
        }
        else
        {
            AtomicFile.WriteAllText(io.FullPath(output), text);
            io.Output.WriteLine($"wrote {output}");
        }

        return stages.Count == 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static ReportFormat ParseFormat(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (ReportFormats.TryParse(text, out var format))
        {
            return format;
        }

        result.AddError($"'{text}' is not a report format: use {string.Join(", ", ReportFormats.Names)}.");
        return ReportFormat.Markdown;
    }
}
