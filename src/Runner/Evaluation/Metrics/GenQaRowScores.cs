namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>One row's mean-aggregated gen_qa metrics, in <see cref="GenQaMetricNames.MeanMetrics"/> order.</summary>
public readonly record struct GenQaRowScores(double Rouge1, double Rouge2, double RougeL, double ExactMatch, double QuasiExactMatch, double F1, double QuasiF1)
{
    public double this[int metric] => metric switch
    {
        0 => Rouge1,
        1 => Rouge2,
        2 => RougeL,
        3 => ExactMatch,
        4 => QuasiExactMatch,
        5 => F1,
        _ => QuasiF1,
    };
}
