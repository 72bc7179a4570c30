using System.Globalization;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Runner.Evaluation.Scoring;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Local.Executors;

/// <summary>What eval jobs share: decoding from the inference settings, answers as examples, scoring options, headline metrics.</summary>
public static class EvalSettings
{
    /// <summary>Greedy unless the stage sets a temperature; top_k, max_new_tokens and top_logprobs as the inference block says.</summary>
    public static DecodingOptions Decoding(JobRequest request, EvalJobSpec spec)
    {
        var inference = new JobParameters(spec.Inference);
        return new DecodingOptions
        {
            Temperature = inference.Number("temperature") ?? 0,
            TopK = inference.Integer("top_k") ?? 0,
            MaxNewTokens = inference.Integer("max_new_tokens") is { } max && max > 0 ? max : null,
            TopLogprobs = Math.Clamp(inference.Integer("top_logprobs") ?? 0, 0, 20),
            Seed = request.Seed,
        };
    }

    public static void Announce(LocalJobContext context, int rows, DecodingOptions decoding)
    {
        LocalJobs.Announce(context, "Evaluating");
        var request = context.Request;
        context.Log.Info(string.Create(CultureInfo.InvariantCulture, $"{rows} examples, {(decoding.Temperature <= 0 ? "greedy decoding" : $"temperature {decoding.Temperature}")}{(decoding.TopLogprobs > 0 ? $", top {decoding.TopLogprobs} log-probabilities per token" : string.Empty)}, seed {request.Seed}."));
        if (request.InstanceCount > 1)
        {
            context.Log.Info(string.Create(CultureInfo.InvariantCulture, $"replicas {request.InstanceCount}: on SageMaker the examples are split across {request.InstanceCount} nodes; locally one process evaluates them all, with the same results."));
        }
    }

    /// <summary>An answer as an evaluated example; the generated token is always among its position's candidates.</summary>
    public static EvalExample Example(Answer answer, string prompt, string gold, string? metadata, IReadOnlyDictionary<string, double>? metrics = null) =>
        new(answer.Text, [gold])
        {
            Prompt = prompt,
            Metadata = metadata,
            Logprobs = answer.Logprobs?.Select(t => new TokenLogprobs(t.Top.Any(c => c.Key == t.Token) ? t.Top : [.. t.Top, KeyValuePair.Create(t.Token, t.Logprob)])).ToList(),
            Metrics = metrics,
        };

    /// <summary>Scoring options as the report derives them too (<see cref="StageScoring"/>): the stage's BYOM aggregation, labels inferred from the golds.</summary>
    public static ScoringOptions Scoring(EvalJobSpec spec, IReadOnlyList<EvalExample> examples) =>
        StageScoring.For(new ScoringOptions(), Enum.TryParse<Aggregation>(spec.Aggregation, ignoreCase: true, out var aggregation) ? aggregation : Aggregation.Average, examples);

    public static Dictionary<string, double> Headline(ExampleAnalysis analysis)
    {
        var metrics = analysis.Headline().ToDictionary(m => m.Key, m => m.Value.Value, StringComparer.Ordinal);
        metrics["examples"] = analysis.Count;
        return metrics;
    }
}
