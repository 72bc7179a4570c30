using NovaForge.Runner.Evaluation.Classification;
using NovaForge.Runner.Evaluation.Judge;
using NovaForge.Runner.Evaluation.Metrics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>
/// The judge of llm_judge stages on the local runtime. There is no LLM here, so it says plainly what it does: it
/// prefers the response that matches the reference answer (quasi exact match, or the same "class" for JSON answers),
/// and calls a tie when both or neither do. It judges both presentation orders, as the container's judge does; being
/// a rule, it has no position bias.
/// </summary>
public static class LocalJudge
{
    public static JudgmentRow Judge(string prompt, string responseA, string responseB, string gold, string? metadata)
    {
        var aMatches = Matches(responseA, gold);
        var bMatches = Matches(responseB, gold);
        var preference = (aMatches, bMatches) switch
        {
            (true, false) => JudgePreference.A,
            (false, true) => JudgePreference.B,
            _ => JudgePreference.Tie,
        };
        return new JudgmentRow
        {
            Prompt = prompt,
            ResponseA = responseA,
            ResponseB = responseB,
            PreferenceAb = preference,
            PreferenceBa = preference,
            RationaleAb = Rationale(aMatches, bMatches, "A", "B"),
            RationaleBa = Rationale(bMatches, aMatches, "B", "A"),
            Metadata = metadata,
        };
    }

    public static bool Matches(string answer, string gold) =>
        LabelInference.ClassOf(gold) is { } goldClass
            ? string.Equals(LabelInference.ClassOf(answer), goldClass, StringComparison.OrdinalIgnoreCase)
            : ExactMatch.Quasi(answer, gold) == 1;

    private static string Rationale(bool firstMatches, bool secondMatches, string first, string second) => (firstMatches, secondMatches) switch
    {
        (true, false) => $"Local rule judge: response {first} (shown first) matches the reference answer; response {second} does not.",
        (false, true) => $"Local rule judge: response {second} (shown second) matches the reference answer; response {first} does not.",
        (true, true) => "Local rule judge: both responses match the reference answer.",
        _ => "Local rule judge: neither response matches the reference answer.",
    };
}
