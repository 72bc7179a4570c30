using System.Globalization;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Runner.Local.Functions;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>
/// gen_qa on the local model: each row's prompt is answered (the base model chooses uniformly among the eval data's
/// distinct responses), a BYOM processor pre- and post-processes when the stage has one, and the examples are scored
/// and written by the evaluation library in the container's layout, metadata passed through.
/// </summary>
internal static class GenQaEvaluation
{
    public static async Task<JobOutputs> RunAsync(LocalJobContext context, EvalJobSpec spec, Func<string, string?> environment, CancellationToken cancellation)
    {
        var request = context.Request;
        var rows = PreparedRows.Eval(PreparedRows.Files(request, PreparedData.EvalChannel, PreparedData.TrainChannel)).ToList();
        if (rows.Count == 0)
        {
            throw LocalJobFailure.From(DiagnosticFactory.NoData(request.StageId, "evaluation"));
        }

        var decoding = EvalSettings.Decoding(request, spec);
        EvalSettings.Announce(context, rows.Count, decoding);
        var model = LocalJobs.LoadInputModel(context);
        var candidates = model.IsTrained ? null : ResponseVocabulary.Build(rows.Select(r => r.Response));
        if (candidates is not null)
        {
            context.Log.Info(string.Create(CultureInfo.InvariantCulture, $"The untrained model answers by a seeded uniform choice among the {candidates.Count} distinct responses of this data (a chance baseline)."));
        }

        await using var processor = spec.Processor is { PythonFile: { } file } function
            ? new ByomProcessor(new PythonFunctionProcess(RewardFunctions.Options(function, file, environment, line => context.Log.Info("[processor] " + line))))
            : null;
        if (spec.Processor is not null && processor is null)
        {
            throw LocalJobFailure.From(DiagnosticFactory.FunctionNotRunnableLocally($"the processor Lambda '{spec.Processor.LambdaArn}'"));
        }

        var examples = new List<EvalExample>(rows.Count);
        foreach (var row in rows)
        {
            cancellation.ThrowIfCancellationRequested();
            var sampleId = string.Create(CultureInfo.InvariantCulture, $"row-{row.Index + 1}");
            var (prompt, gold, system) = (row.Prompt.Query, row.Response, row.Prompt.System);
            if (processor is not null && spec.Preprocessing)
            {
                var (value, problem) = await processor.PreprocessAsync(sampleId, prompt, gold, system, cancellation);
                (prompt, gold, system) = value is not null ? (value.Prompt, value.Gold, value.System) : throw LocalJobFailure.From(problem!);
            }

            var answer = Decoder.Answer(model, new Prompt(system, prompt), decoding, candidates);
            IReadOnlyDictionary<string, double>? metrics = null;
            if (processor is not null && spec.Postprocessing)
            {
                var (values, problem) = await processor.PostprocessAsync(sampleId, prompt, answer.Text, gold, cancellation);
                metrics = values is not null ? values.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal) : throw LocalJobFailure.From(problem!);
            }

            examples.Add(EvalSettings.Example(answer, prompt, gold, row.Metadata, metrics));
        }

        var analysis = await EvalOutputWriter.WriteGenQaAsync(context.OutputDirectory, examples, EvalSettings.Scoring(spec, examples), DateTimeOffset.UtcNow, cancellation);
        var headline = EvalSettings.Headline(analysis);
        context.Log.Info("Results: " + string.Join(", ", headline.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key} {m.Value:0.####}"))));
        return new JobOutputs { EvalOutput = context.OutputDirectory, Metrics = headline };
    }
}
