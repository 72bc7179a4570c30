using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Runner.Evaluation.Sampling;

namespace NovaForge.Runner.Evaluation.Judge;

/// <summary>
/// Win / tie / loss and Bradley–Terry preference from per-judgment rows. Each prompt is judged in both orders and both
/// judgments count, so A and B are shown first equally often and a judge's position bias cancels. The confidence
/// interval resamples prompts (both judgments together): 1000 resamples, CPython's generator seeded 0, percentiles 2.5
/// and 97.5. With two contestants the Bradley–Terry maximum-likelihood estimate is B's share of points, ties half.
/// </summary>
public static class JudgeAnalysis
{
    public const int Resamples = 1000;

    public static JudgeResult Analyze(IReadOnlyList<JudgmentRow> rows)
    {
        var counts = Count(rows, Enumerable.Range(0, rows.Count));
        var interval = BootstrapInterval(rows);
        var bothValid = rows.Where(r => r.PreferenceBa is { } ba && ba != JudgePreference.Error && r.PreferenceAb != JudgePreference.Error).ToList();
        double? consistency = bothValid.Count == 0 ? null : bothValid.Count(r => r.PreferenceAb == r.PreferenceBa) / (double)bothValid.Count;

        // A first-shown win: A wins the A-first order, or B wins the B-first order.
        var decisive = rows.SelectMany(r => new[] { (First: JudgePreference.A, Verdict: r.PreferenceAb), (First: JudgePreference.B, Verdict: r.PreferenceBa ?? JudgePreference.Error) })
            .Where(j => j.Verdict is JudgePreference.A or JudgePreference.B)
            .ToList();
        double? firstPosition = decisive.Count == 0 ? null : decisive.Count(j => j.Verdict == j.First) / (double)decisive.Count;
        var valid = counts.A + counts.B + counts.Tie;
        return new JudgeResult(
            rows.Count,
            counts.A,
            counts.B,
            counts.Tie,
            counts.Error,
            valid == 0 ? 0 : counts.B / (double)valid,
            Preference(counts),
            interval.Lower,
            interval.Upper,
            consistency,
            firstPosition);
    }

    /// <summary>The results block in the container's llm_judge shape (nova-recipes-and-eval.md §5).</summary>
    public static IReadOnlyDictionary<string, double> ResultsBlock(JudgeResult result, IReadOnlyList<JudgmentRow> rows)
    {
        var judgments = rows.SelectMany(r => r.Judgments).ToList();
        var block = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, preference) in new[] { ("a_scores", JudgePreference.A), ("b_scores", JudgePreference.B), ("ties", JudgePreference.Tie), ("inference_error", JudgePreference.Error) })
        {
            var indicator = new MeanAccumulator();
            judgments.ForEach(j => indicator.Add(j == preference ? 1 : 0));
            block[name] = judgments.Count(j => j == preference);
            block[name + "_stderr"] = (indicator.StandardError ?? 0) * judgments.Count;
        }

        block["score"] = result.PreferenceB;
        block["winrate"] = result.WinRate;
        if (result is { LowerPreferenceB: { } lower, UpperPreferenceB: { } upper })
        {
            // The 95% interval's half-width over 1.96: the bootstrap's standard deviation under normality.
            block["score_stderr"] = (upper - lower) / (2 * 1.959963984540054);
            block["lower_rate"] = lower;
            block["upper_rate"] = upper;
        }
        return block;
    }

    /// <summary>The result of a container's llm_judge results block, when its per-judgment rows are not available.</summary>
    public static JudgeResult FromResults(EvalResults results)
    {
        var all = results.Primary;
        var a = (int)all.GetValueOrDefault("a_scores");
        var b = (int)all.GetValueOrDefault("b_scores");
        var ties = (int)all.GetValueOrDefault("ties");
        var errors = (int)all.GetValueOrDefault("inference_error");
        var counts = (A: a, B: b, Tie: ties, Error: errors);
        return new JudgeResult(
            0, a, b, ties, errors,
            all.TryGetValue("winrate", out var winrate) ? winrate : a + b + ties == 0 ? 0 : b / (double)(a + b + ties),
            Preference(counts),
            all.TryGetValue("lower_rate", out var lower) ? lower : null,
            all.TryGetValue("upper_rate", out var upper) ? upper : null,
            null,
            null);
    }

    private static double Preference((int A, int B, int Tie, int Error) counts)
    {
        var valid = counts.A + counts.B + counts.Tie;
        return valid == 0 ? 0.5 : (counts.B + (0.5 * counts.Tie)) / valid;
    }

    private static (int A, int B, int Tie, int Error) Count(IReadOnlyList<JudgmentRow> rows, IEnumerable<int> picks)
    {
        int a = 0, b = 0, tie = 0, error = 0;
        foreach (var pick in picks)
        {
            foreach (var judgment in rows[pick].Judgments)
            {
                switch (judgment)
                {
                    case JudgePreference.A: a++; break;
                    case JudgePreference.B: b++; break;
                    case JudgePreference.Tie: tie++; break;
                    default: error++; break;
                }
            }
        }

        return (a, b, tie, error);
    }

    private static (double? Lower, double? Upper) BootstrapInterval(IReadOnlyList<JudgmentRow> rows)
    {
        if (rows.Count == 0)
        {
            return (null, null);
        }

        var random = new PythonRandom(0);
        var preferences = new double[Resamples];
        for (var r = 0; r < Resamples; r++)
        {
            preferences[r] = Preference(Count(rows, Enumerable.Range(0, rows.Count).Select(_ => random.Choice(rows.Count)).ToList()));
        }

        Array.Sort(preferences);
        return (Percentile(preferences, 0.025), Percentile(preferences, 0.975));
    }

    /// <summary>Linear interpolation between order statistics (numpy's default percentile).</summary>
    private static double Percentile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
