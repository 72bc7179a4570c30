namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>
/// The first known label the text mentions as a whole word, ignoring case; at one position the longest label wins
/// (LQ_EDIT before LQ). Word characters are letters, digits and underscore, so "HQ." and "(HQ)" count, "HQX" does not.
/// </summary>
public sealed class LabelSetExtractor(IReadOnlyList<string> labels) : ILabelExtractor
{
    private readonly string[] byLength = [.. labels.Where(l => l.Length > 0).OrderByDescending(l => l.Length)];

    public IReadOnlyList<string> KnownLabels => labels;

    public string? Extract(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && IsWord(text[i - 1]))
            {
                continue;
            }

            foreach (var label in byLength)
            {
                var end = i + label.Length;
                if (end <= text.Length && string.Compare(text, i, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) == 0 && (end == text.Length || !IsWord(text[end])))
                {
                    return label;
                }
            }
        }

        return null;
    }

    public bool? AdheresToSchema(string prediction, string reference) => null;

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';
}
