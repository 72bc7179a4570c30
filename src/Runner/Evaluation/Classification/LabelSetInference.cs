using NovaForge.Runner.Evaluation.Outputs;

namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>
/// Recognizes a classification task from its gold answers: few distinct, short references (HQ / LQ_EDIT / LQ_CLOSE,
/// hardware / software / ...). Their set becomes the label set, so the report shows accuracy and confusion matrices
/// without being told the labels.
/// </summary>
public static class LabelSetInference
{
    public const int MaxLabels = 25;
    public const int MaxLabelLength = 40;

    public static IReadOnlyList<string>? FromExamples(IEnumerable<EvalExample> examples)
    {
        var labels = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            foreach (var reference in example.References)
            {
                var label = reference.Trim();
                if (label.Length == 0 || label.Length > MaxLabelLength || (labels.Add(label) && labels.Count > MaxLabels))
                {
                    return null;
                }
            }
        }

        return labels.Count >= 2 ? [.. labels] : null;
    }
}
