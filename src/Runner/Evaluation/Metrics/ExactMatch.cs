using NovaForge.Runner.Evaluation.Text;

namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// lighteval's <c>ExactMatches(strip_strings=True)</c> (eval-metrics.md §4–5): an empty prediction scores 0 (tested
/// before stripping); otherwise the stripped strings are compared ordinally, for quasi exact match after
/// <see cref="HelmNormalizer"/>.
/// </summary>
public static class ExactMatch
{
    public static double Exact(string prediction, string gold) =>
        prediction.Length > 0 && string.Equals(PythonText.Strip(prediction), PythonText.Strip(gold), StringComparison.Ordinal) ? 1 : 0;

    public static double Quasi(string prediction, string gold) =>
        prediction.Length > 0 && string.Equals(HelmNormalizer.Normalize(PythonText.Strip(prediction)), HelmNormalizer.Normalize(PythonText.Strip(gold)), StringComparison.Ordinal) ? 1 : 0;

    /// <summary>Quasi exact match when both sides are already normalized (the scorer normalizes each text once).</summary>
    internal static double QuasiNormalized(string prediction, string normalizedPrediction, string normalizedGold) =>
        prediction.Length > 0 && string.Equals(normalizedPrediction, normalizedGold, StringComparison.Ordinal) ? 1 : 0;
}
