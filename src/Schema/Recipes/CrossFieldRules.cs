using NovaForge.Schema.Diagnostics;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// Rules between parameters that no single range expresses. A rule reports at the overridden parameter, so a
/// conflict between a default and an override points at the line the user wrote; two defaults never conflict.
/// </summary>
internal static class CrossFieldRules
{
    public static void Check(ResolvedParameters parameters, string stage, ICollection<Diagnostic> diagnostics)
    {
        if (Pair(parameters, "save_steps", "max_steps") is var (save, max) && save.Number > max.Number)
        {
            diagnostics.Add(DiagnosticFactory.SaveStepsAboveMaxSteps(At(save, max), stage, (long)save.Number!, (long)max.Number!));
        }

        if (Pair(parameters, "min_lr", "lr") is var (minLr, lr) && minLr.Number >= lr.Number)
        {
            diagnostics.Add(DiagnosticFactory.MinLrNotBelowLr(At(minLr, lr), stage, ParameterValueCheck.Text(minLr.Value!.Value), ParameterValueCheck.Text(lr.Value!.Value)));
        }

        if (Pair(parameters, "max_new_tokens", "max_length") is var (newTokens, length) && newTokens.Definition.Group == "rollout" && newTokens.Number >= length.Number)
        {
            diagnostics.Add(DiagnosticFactory.MaxNewTokensNotBelowMaxLength(At(newTokens, length), stage, (long)newTokens.Number!, (long)length.Number!));
        }

        if (Pair(parameters, "warmup_steps", "max_steps") is var (warmup, steps) && warmup.Number >= steps.Number && warmup.Number > 0)
        {
            diagnostics.Add(DiagnosticFactory.WarmupNotBelowMaxSteps(At(warmup, steps), stage, (long)warmup.Number!, (long)steps.Number!));
        }
    }

    /// <summary>Both parameters when both have numbers and at least one was overridden.</summary>
    private static (ResolvedParameter, ResolvedParameter)? Pair(ResolvedParameters parameters, string first, string second) =>
        parameters[first] is { Number: not null } a && parameters[second] is { Number: not null } b && (a.IsOverridden || b.IsOverridden)
            ? (a, b)
            : null;

    private static string At(ResolvedParameter first, ResolvedParameter second) => first.OverriddenAt ?? second.OverriddenAt!;
}
