using System.CommandLine;
using System.Text.RegularExpressions;
using NovaForge.Runner.Cli.Output;
using NovaForge.Runner.Evaluation;
using NovaForge.Runner.Evaluation.Classification;
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
        var file = new Argument<string>("file") { Description = "A JSONL (or CSV) file, one row per example: a prediction, one or more references, optional metadata, logprobs and per-example metrics." };
        var format = CommonOptions.Format();
        var labels = new Option<string?>("--labels") { Description = "Classification: the label set, comma-separated (e.g. HQ,LQ_EDIT,LQ_CLOSE); the first label an answer mentions is its prediction." };
        var labelRegex = new Option<string?>("--label-regex") { Description = "Classification: a regular expression whose 'label' group (or first group) is the label." };
        var labelJsonField = new Option<string?>("--label-json-field") { Description = "Classification: answers are JSON and this field is the label (e.g. class); schema adherence is reported too." };
        var predictionField = new Option<string?>("--prediction-field") { Description = "The prediction's field (default: prediction, response or inference)." };
        var referenceField = new Option<string?>("--reference-field") { Description = "The reference's field, a string or a list of strings (default: reference, gold or reference_answer)." };
        var metadataField = new Option<string>("--metadata-field") { Description = "The metadata field: a string (often JSON) or an object; metrics are broken down by its fields.", DefaultValueFactory = _ => "metadata" };
        var threshold = new Option<double>("--confidence-threshold") { Description = "With logprobs: answers below this confidence are listed for review; wrong answers at or above it are over-confident errors.", DefaultValueFactory = _ => 0.8 };
        var aggregation = new Option<Aggregation>("--aggregation") { Description = "How per-example custom (BYOM) metrics are combined: Average, Min, Max or Sum.", DefaultValueFactory = _ => Aggregation.Average };
        var command = new Command("metrics", "Score a file of model outputs: ROUGE-1/2/L, exact match, quasi exact match, F1, quasi F1 and BLEU with standard errors, plus classification, calibration and per-segment tables.")
        {
            file, format, labels, labelRegex, labelJsonField, predictionField, referenceField, metadataField, threshold, aggregation,
        };
        command.SetAction(parse =>
        {
            var defaults = new PredictionFields();
            var fields = defaults with
            {
                Prediction = parse.GetValue(predictionField) is { } p ? [p] : defaults.Prediction,
                Reference = parse.GetValue(referenceField) is { } r ? [r] : defaults.Reference,
                Metadata = parse.GetValue(metadataField) ?? defaults.Metadata,
            };
            return Run(io, parse.GetValue(file)!, parse.GetValue(format), fields, parse.GetValue(labels), parse.GetValue(labelRegex), parse.GetValue(labelJsonField), parse.GetValue(threshold), parse.GetValue(aggregation));
        });
        return command;
    }

    public static int Run(IOContext io, string file, OutputFormat format, PredictionFields fields, string? labels, string? labelRegex, string? labelJsonField, double threshold, Aggregation aggregation)
    {
        var extraction = Labels(labels, labelRegex, labelJsonField, out var problem);
        if (problem is not null)
        {
            return Fail(io, format, problem);
        }

        var options = new ScoringOptions { Labels = extraction, ConfidenceThreshold = threshold, ByomAggregation = aggregation };
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

        io.Output.Write(format == OutputFormat.Json
            ? JsonReportRenderer.Serialize(new { File = file, Rows = analysis.Count, Metrics = analysis.Headline(), Analysis = analysis })
            : new MarkdownReportRenderer().Render(ReportBuilder.FromAnalysis($"Metrics of {Path.GetFileName(file)}", Path.GetFileName(file), file, analysis)));
        return ExitCodes.Success;
    }

    private static LabelExtraction? Labels(string? labels, string? regex, string? jsonField, out Diagnostic? problem)
    {
        problem = null;
        var given = new (string Name, string? Value)[] { ("--labels", labels), ("--label-regex", regex), ("--label-json-field", jsonField) }.Where(o => !string.IsNullOrWhiteSpace(o.Value)).ToList();
        if (given.Count > 1)
        {
            problem = DiagnosticFactory.LabelOptionsConflict(given.Select(g => g.Name));
            return null;
        }

        if (regex is not null)
        {
            try
            {
                _ = new Regex(regex, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                problem = DiagnosticFactory.LabelRegexInvalid(regex, e.Message);
                return null;
            }
        }

        return given.Count == 0 ? null : new LabelExtraction
        {
            Labels = labels?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Regex = regex,
            JsonField = jsonField,
        };
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
