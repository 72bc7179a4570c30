namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>
/// How to read a class label from a verbose answer: a known label set (the first label mentioned as a whole word,
/// case-insensitive), a regular expression (its 'label' group, else its first group, else the match), or a field of a
/// JSON answer such as the ticket case's <c>class</c>, whose values may be restricted to a label set too. A regular
/// expression excludes the others.
/// </summary>
public sealed record LabelExtraction
{
    public IReadOnlyList<string>? Labels { get; init; }

    public string? Regex { get; init; }

    public string? JsonField { get; init; }

    public bool IsEnabled => Labels is { Count: > 0 } || Regex is not null || JsonField is not null;

    public ILabelExtractor CreateExtractor() =>
        JsonField is not null ? new JsonFieldLabelExtractor(JsonField, Labels ?? [])
        : Regex is not null ? new RegexLabelExtractor(Regex)
        : new LabelSetExtractor(Labels ?? []);
}
