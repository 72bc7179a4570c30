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

    public static double Score(IReadOnlyCollection<string> predictionTokens, IReadOnlyCollection<string> goldTokens)
    {
        var predicted = new HashSet<string>(predictionTokens, StringComparer.Ordinal);
        var reference = new HashSet<string>(goldTokens, StringComparer.Ordinal);
        if (predicted.Count == 0 || reference.Count == 0)
        {
            return 0;
        }

        var common = predicted.Count(reference.Contains);
        var precision = common / (double)predicted.Count;
        var recall = common / (double)reference.Count;
        return precision == 0 || recall == 0 ? 0 : 1.0 / ((0.5 / precision) + (0.5 / recall));
    }
}
