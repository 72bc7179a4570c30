using System.Globalization;

namespace NovaForge.Runner.Evaluation.Outputs;

/// <summary>
/// The file names of the Nova evaluation container's output (nova-recipes-and-eval.md §5), which NovaForge reads from
/// SageMaker downloads and writes for local runs, plus <see cref="JudgmentsFileName"/>, NovaForge's per-judgment rows.
/// The folder holding them is spelled eval_results, eval-result or eval-results, so files are found recursively.
/// </summary>
public static class EvalOutputLayout
{
    /// <summary>The folder NovaForge's writer uses (the SageMaker training-job tarball's spelling).</summary>
    public const string ResultsFolder = "eval_results";

    public const string ResultsPattern = "results_*.json";

    public const string InferenceOutputFileName = "inference_output.jsonl";

    public const string DetailsPattern = "details_*.parquet";

    /// <summary>One JSON object per judgment pair (see <see cref="Judge.JudgmentRow"/>), beside the llm_judge results file.</summary>
    public const string JudgmentsFileName = "judge_output.jsonl";

    /// <summary>The container's timestamp spelling, e.g. 2025-06-26T22-02-09.817675.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH-mm-ss.ffffff", CultureInfo.InvariantCulture);

    public static string ResultsFileName(DateTimeOffset time) => $"results_{Timestamp(time)}.json";

    /// <summary>details/model/&lt;ts&gt;/details_&lt;task&gt;_#_&lt;ts&gt;.parquet, relative to the results folder.</summary>
    public static string DetailsRelativePath(string task, DateTimeOffset time) =>
        Path.Combine("details", "model", Timestamp(time), $"details_{task}_#_{Timestamp(time)}.parquet");
}
