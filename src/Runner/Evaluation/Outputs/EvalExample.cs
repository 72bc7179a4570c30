namespace NovaForge.Runner.Evaluation.Outputs;

/// <summary>
/// One evaluated example, whichever file it came from (inference_output.jsonl, a details parquet, or a user's JSONL or
/// CSV): the model's prediction, the gold references, and what travels with it.
/// </summary>
public sealed record EvalExample(string Prediction, IReadOnlyList<string> References)
{
    public string? Prompt { get; init; }

    /// <summary>The row's metadata as given (a free string, often JSON such as {"difficulty":"easy"}).</summary>
    public string? Metadata { get; init; }

    /// <summary>Per generated token, the candidates' log probabilities (present when top_logprobs was on).</summary>
    public IReadOnlyList<TokenLogprobs>? Logprobs { get; init; }

    /// <summary>Per-example metrics from the details file, including a BYOM postprocess function's.</summary>
    public IReadOnlyDictionary<string, double>? Metrics { get; init; }
}
