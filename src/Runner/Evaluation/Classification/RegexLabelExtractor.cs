using System.Text.RegularExpressions;

namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>
/// The first match of a user's pattern: its 'label' group, else its first group, else the whole match, trimmed. A
/// pattern that takes longer than a second on one answer finds no label there, rather than stalling the run.
/// </summary>
public sealed class RegexLabelExtractor(string pattern) : ILabelExtractor
{
    private readonly Regex regex = new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public IReadOnlyList<string> KnownLabels => [];

    public string? Extract(string text)
    {
        Match match;
        try
        {
            match = regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        if (!match.Success)
        {
            return null;
        }

        var group = match.Groups["label"] is { Success: true } named ? named : match.Groups.Count > 1 && match.Groups[1].Success ? match.Groups[1] : match.Groups[0];
        var label = group.Value.Trim();
        return label.Length == 0 ? null : label;
    }

    public bool? AdheresToSchema(string prediction, string reference) => null;
}
