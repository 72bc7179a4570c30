using System.Text;

namespace NovaForge.Runner.Local.Functions;

/// <summary>
/// The built-in reward <c>exact_label</c>, for users without Python: the case study's rule. The answer's label is the
/// first label found in it, trying longer labels first (so LQ_EDIT is not read as a shorter label it contains);
/// +1.0 when it equals the normalized reference answer, else -1.0. Labels and references compare case-insensitively,
/// ignoring everything but letters, digits and '_'.
/// </summary>
public sealed class ExactLabelReward : IRewardFunction
{
    public const string BuiltinName = "exact_label";

    private readonly IReadOnlyList<string> labels;

    public ExactLabelReward(IEnumerable<string> labels)
    {
        this.labels = [.. labels.Select(Normalize).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(l => l.Length).ThenBy(l => l, StringComparer.Ordinal)];
    }

    public string Name => BuiltinName;

    public IReadOnlyList<string> Labels => labels;

    /// <summary>The label found in an answer (normalized), or null.</summary>
    public string? Extract(string answer)
    {
        var text = answer.ToUpperInvariant();
        return labels.FirstOrDefault(label => text.Contains(label, StringComparison.Ordinal));
    }

    public RewardScore Score(RewardSample sample)
    {
        var predicted = Extract(sample.Answer);
        var correct = predicted is not null && predicted == Normalize(sample.Reference ?? string.Empty);
        return new RewardScore(sample.Id, correct ? 1.0 : -1.0,
        [
            new RewardMetric("label_match", correct ? 1 : 0, "Metric"),
            new RewardMetric("valid_label", predicted is null ? 0 : 1, "Metric"),
        ]);
    }

    public Task<RewardBatchResult> ScoreAsync(IReadOnlyList<RewardSample> samples, CancellationToken cancellation) =>
        Task.FromResult(new RewardBatchResult([.. samples.Select(Score)], []));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static string Normalize(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (var c in label.ToUpperInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
