namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// The gen_qa result keys, spelled as the Nova container writes them (eval-metrics.md §2), in its order, plus
/// <see cref="CorpusBleu"/>, which NovaForge adds: the container's <see cref="Bleu"/> scores only the first logged row
/// (lighteval ≤ 0.10), corpus BLEU scores every row against its own reference (lighteval ≥ 0.11).
/// </summary>
public static class GenQaMetricNames
{
    public const string Rouge1 = "rouge1";
    public const string Rouge2 = "rouge2";
    public const string RougeL = "rougeL";
    public const string ExactMatch = "em";
    public const string QuasiExactMatch = "qem";
    public const string F1 = "f1";
    public const string QuasiF1 = "f1_score_quasi";
    public const string Bleu = "bleu";
    public const string CorpusBleu = "corpus_bleu";

    /// <summary>The suffix of a metric's standard error key.</summary>
    public const string StandardErrorSuffix = "_stderr";

    /// <summary>The container's results key for a gen_qa task: suite custom, task gen_qa_gen_qa, 0 few-shot.</summary>
    public const string ResultsTaskKey = "custom|gen_qa_gen_qa|0";

    public static IReadOnlyList<string> MeanMetrics { get; } = [Rouge1, Rouge2, RougeL, ExactMatch, QuasiExactMatch, F1, QuasiF1];

    public static IReadOnlyList<string> All { get; } = [.. MeanMetrics, Bleu, CorpusBleu];

    /// <summary>What a person reads in a table.</summary>
    public static string Label(string metric) => metric switch
    {
        Rouge1 => "ROUGE-1",
        Rouge2 => "ROUGE-2",
        RougeL => "ROUGE-L",
        ExactMatch => "Exact match",
        QuasiExactMatch => "Quasi exact match",
        F1 => "F1",
        QuasiF1 => "Quasi F1",
        Bleu => "BLEU (container, first row)",
        CorpusBleu => "BLEU (corpus)",
        _ => metric,
    };
}
