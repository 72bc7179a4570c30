namespace NovaForge.Runner.Evaluation.Judge;

/// <summary>
/// One prompt judged in both presentation orders: <see cref="PreferenceAb"/> when A was shown first,
/// <see cref="PreferenceBa"/> when B was shown first, both un-swapped to the original A/B labels. A line of
/// <c>judge_output.jsonl</c> (snake_case fields: prompt, response_a, response_b, preference_ab, preference_ba,
/// rationale_ab, rationale_ba, metadata).
/// </summary>
public sealed record JudgmentRow
{
    public string Prompt { get; init; } = string.Empty;

    public string ResponseA { get; init; } = string.Empty;

    public string ResponseB { get; init; } = string.Empty;

    public JudgePreference PreferenceAb { get; init; }

    public JudgePreference? PreferenceBa { get; init; }

    public string? RationaleAb { get; init; }

    public string? RationaleBa { get; init; }

    public string? Metadata { get; init; }

    public IEnumerable<JudgePreference> Judgments =>
        PreferenceBa is { } reversed ? [PreferenceAb, reversed] : [PreferenceAb];
}
