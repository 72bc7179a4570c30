using NovaForge.Runner.Evaluation.Text;

namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// lighteval's <c>F1_score</c> (eval-metrics.md §6): F1 over the <em>sets</em> of whitespace tokens, no normalization,
/// 0 when either set is empty, with nltk's exact expression <c>1 / (0.5/p + 0.5/r)</c>.
/// </summary>
public static class SetF1
{
    public static double Score(string prediction, string gold) =>
        Score(PythonText.Split(prediction), PythonText.Split(gold));

    public static double Score(IReadOnlyList<string> predictionTokens, IReadOnlyList<string> goldTokens)
    {
        // Number the distinct tokens once: a token's id says whether the prediction, the gold or both have it.
        using var ids = new TokenIds();
        var predicted = ids.Of(predictionTokens);
        var reference = ids.Of(goldTokens);
        Span<byte> seen = ids.Count <= 1024 ? stackalloc byte[ids.Count] : new byte[ids.Count];
        seen.Clear();
        foreach (var id in predicted)
        {
            seen[id] |= 1;
        }

        foreach (var id in reference)
        {
            seen[id] |= 2;
        }

        int predictedCount = 0, referenceCount = 0, common = 0;
        foreach (var flags in seen)
        {
            predictedCount += flags & 1;
            referenceCount += flags >> 1;
            common += flags == 3 ? 1 : 0;
        }

        if (predictedCount == 0 || referenceCount == 0)
        {
            return 0;
        }

        var precision = common / (double)predictedCount;
        var recall = common / (double)referenceCount;
        return precision == 0 || recall == 0 ? 0 : 1.0 / ((0.5 / precision) + (0.5 / recall));
    }
}
