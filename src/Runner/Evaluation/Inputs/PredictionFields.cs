namespace NovaForge.Runner.Evaluation.Inputs;

/// <summary>
/// Which fields of a user's predictions file hold what. Each role tries its names in order; the defaults cover the
/// usual spellings (a gen_qa dataset's response is a reference, the container's inference a prediction).
/// </summary>
public sealed record PredictionFields
{
    public IReadOnlyList<string> Prediction { get; init; } = ["prediction", "response", "inference"];

    public IReadOnlyList<string> Reference { get; init; } = ["reference", "gold", "reference_answer"];

    public string Metadata { get; init; } = "metadata";

    public IReadOnlyList<string> Logprobs { get; init; } = ["logprobs", "pred_logprobs"];

    /// <summary>Per-example metrics, e.g. a BYOM postprocess function's: an object of numbers.</summary>
    public string Metrics { get; init; } = "metrics";
}
