namespace NovaForge.Runner.Evaluation.Outputs;

/// <summary>
/// One generated position of <c>pred_logprobs</c>: the candidate tokens (top_logprobs) with their log probabilities,
/// in the container's order. With temperature 0 the generated token is the most probable candidate.
/// </summary>
public sealed record TokenLogprobs(IReadOnlyList<KeyValuePair<string, double>> Candidates)
{
    public KeyValuePair<string, double> Chosen => Candidates.MaxBy(c => c.Value);
}
