namespace NovaForge.Runner.Evaluation.Judge;

/// <summary>
/// Pairwise judging summarized: counts over all judgments (both orders), B's win rate, the Bradley–Terry probability
/// that B is preferred to A (ties count half) with a bootstrap 95% interval, and the position-bias checks.
/// </summary>
public sealed record JudgeResult(
    int Prompts,
    int AWins,
    int BWins,
    int Ties,
    int Errors,
    double WinRate,
    double PreferenceB,
    double? LowerPreferenceB,
    double? UpperPreferenceB,
    double? OrderConsistency,
    double? FirstPositionWinRate)
{
    public int Judgments => AWins + BWins + Ties + Errors;

    public int Valid => AWins + BWins + Ties;

    /// <summary>The Bradley–Terry strength of B over A on the Elo scale (400·log10 of the odds).</summary>
    public double? EloDifference => PreferenceB is <= 0 or >= 1 ? null : 400 * Math.Log10(PreferenceB / (1 - PreferenceB));
}
