using System.CommandLine;
using NovaForge.Runner.Cli.Output;
using NovaForge.Runner.Evaluation;
using NovaForge.Runner.Evaluation.Inputs;
using NovaForge.Runner.Evaluation.Reports;
using NovaForge.Runner.Evaluation.Reports.Rendering;
using NovaForge.Runner.Evaluation.Scoring;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Cli.Commands;

/// <summary>
/// <c>novaforge metrics FILE</c>: scores any model's outputs without a pipeline, streaming over the file: the gen_qa
/// metrics with standard errors as the Nova evaluation container computes them, classification analysis when labels
/// are given, calibration when rows carry logprobs, per-metadata-field breakdowns.
/// </summary>
public static class MetricsCommand
{
    public static Command Create(IOContext io)
    {
        var file = new Argument<string>("file") { Description = "A JSONL (or CSV) file, one row per example: a prediction, one or more references, optional metadata, logprobs and per-example metrics. In a CSV file every other column is a metadata field." };
        var format = CommonOptions.Format();
        var labels = new LabelOptions();
        var predictionField = new Option<string?>("--prediction-field") { Description = "The prediction's field (default: prediction, response or inference)." };
        var referenceField = new Option<string?>("--reference-field") { Description = "The reference's field, a string or a list of strings (default: reference, gold or reference_answer)." };
        var metadataField = new Option<string>("--metadata-field") { Description = "The metadata field: a string (often JSON) or an object; metrics are broken down by its fields.", DefaultValueFactory = _ => "metadata" };
        var segmentBy = new Option<string[]>("--segment-by")
        {
            Description = "Break metrics down by these metadata fields only (comma-separated or repeated); default: every field. Fields are those of a JSONL row's metadata object; in a CSV file, every column other than the prediction, reference, logprobs and metrics (cells over 100 characters are not categories and are left out), plus the fields of a metadata column.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var threshold = new Option<double>("--confidence-threshold") { Description = "With logprobs: answers below this confidence are listed for review; wrong answers at or above it are over-confident errors.", DefaultValueFactory = _ => 0.8 };
        var aggregation = new Option<Aggregation>("--aggregation") { Description = "How per-example custom (BYOM) metrics are combined: Average, Min, Max or Sum.", DefaultValueFactory = _ => Aggregation.Average };
        var command = new Command("metrics", "Score a file of model outputs: ROUGE-1/2/L, exact match, quasi exact match, F1, quasi F1 and BLEU with standard errors, plus classification, calibration and per-segment tables.")
        {
            file, format, predictionField, referenceField, metadataField, segmentBy, threshold, aggregation,
        };
        labels.AddTo(command);
        command.Subcommands.Add(MetricsDiffCommand.Create(io));
        command.SetAction(parse =>
        {
            var defaults = new PredictionFields();
            var fields = defaults with
            {
                Prediction = parse.GetValue(predictionField) is { } p ? [p] : defaults.Prediction,
                Reference = parse.GetValue(referenceField) is { } r ? [r] : defaults.Reference,
                Metadata = parse.GetValue(metadataField) ?? defaults.Metadata,
            };
            var extraction = labels.Read(parse, out var problem);
            var segments = parse.GetValue(segmentBy) is { Length: > 0 } names ? names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList() : null;
            var options = new ScoringOptions { Labels = extraction, ConfidenceThreshold = parse.GetValue(threshold), ByomAggregation = parse.GetValue(aggregation), SegmentFields = segments };
            return problem is not null
                ? Fail(io, parse.GetValue(format), problem)
                : Run(io, parse.GetValue(file)!, parse.GetValue(format), fields, options);
        });
        return command;
    }

    public static int Run(IOContext io, string file, OutputFormat format, PredictionFields fields, ScoringOptions options)
    {
        var scorer = new ExampleScorer(options);
        try
        {
            foreach (var example in Prefetch.Ahead(new PredictionFileReader(fields, warning => DiagnosticWriter.WriteText(io.Error, warning, null)).Read(io.FullPath(file), file), capacity: 4096, io.Cancellation))
            {
                io.Cancellation.ThrowIfCancellationRequested();
                scorer.Add(example);
            }
        }
        catch (EvaluationException e)
        {
            return Fail(io, format, e.Diagnostic);
        }

        var analysis = scorer.Result();
        if (analysis.Count == 0)
        {
            DiagnosticWriter.WriteText(io.Error, DiagnosticFactory.EvalInputEmpty(file), null);
        }

        foreach (var field in (options.SegmentFields ?? []).Where(f => !analysis.Segments.Any(s => s.Field == f)))
        {
            DiagnosticWriter.WriteText(io.Error, DiagnosticFactory.SegmentFieldNotFound(file, field), null);
        }

        io.Output.Write(format == OutputFormat.Json
            ? JsonReportRenderer.Serialize(new { File = file, Rows = analysis.Count, Metrics = analysis.Headline(), Analysis = analysis })
            : new MarkdownReportRenderer().Render(ReportBuilder.FromAnalysis($"Metrics of {Path.GetFileName(file)}", Path.GetFileName(file), file, analysis)));
        return ExitCodes.Success;
    }

    private static int Fail(IOContext io, OutputFormat format, Diagnostic diagnostic)
    {
        if (format == OutputFormat.Json)
        {
            io.Output.WriteLine(DiagnosticWriter.ToJsonText(new System.Text.Json.Nodes.JsonObject { ["diagnostics"] = DiagnosticWriter.ToJson([diagnostic]) }));
        }
        else
        {
            DiagnosticWriter.WriteText(io.Error, diagnostic, null);
        }

        return ExitCodes.Failure;
    }
}
