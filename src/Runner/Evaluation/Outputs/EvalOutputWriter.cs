using NovaForge.Runner.Evaluation.Judge;
using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Sampling;
using NovaForge.Runner.Evaluation.Scoring;

namespace NovaForge.Runner.Evaluation.Outputs;

/// <summary>
/// Writes the Nova container's output layout from per-example rows, so that a local run's results read exactly like a
/// SageMaker download: &lt;folder&gt;/eval_results/results_&lt;ts&gt;.json, inference_output.jsonl and
/// details/model/&lt;ts&gt;/details_&lt;task&gt;_#_&lt;ts&gt;.parquet; for judge stages results_&lt;ts&gt;.json and judge_output.jsonl.
/// </summary>
public static class EvalOutputWriter
{
    /// <summary>
    /// Scores gen_qa examples given in dataset order and writes them in the container's logged order
    /// (<see cref="LightevalOrder"/>), with the gen_qa metrics plus BYOM metrics aggregated in the results file.
    /// </summary>
    public static async Task<ExampleAnalysis> WriteGenQaAsync(string folder, IReadOnlyList<EvalExample> datasetOrder, ScoringOptions options, DateTimeOffset time, CancellationToken cancellation = default)
    {
        var logged = LightevalOrder.Permutation(datasetOrder.Count).Select(i => datasetOrder[i]).ToList();
        var scorer = new ExampleScorer(options);
        logged.ForEach(scorer.Add);
        var analysis = scorer.Result();
        var block = EvalResults.Block([.. analysis.GenQa.Metrics, .. analysis.Byom]);
        var resultsFolder = Path.Combine(folder, EvalOutputLayout.ResultsFolder);
        new EvalResults(new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal)
        {
            [GenQaMetricNames.ResultsTaskKey] = block,
            [EvalResults.AllKey] = block,
        }).Write(Path.Combine(resultsFolder, EvalOutputLayout.ResultsFileName(time)));
        InferenceOutputFile.Write(Path.Combine(resultsFolder, EvalOutputLayout.InferenceOutputFileName), logged);
        await DetailsParquetFile.WriteAsync(Path.Combine(resultsFolder, EvalOutputLayout.DetailsRelativePath("gen_qa", time)), logged, cancellation);
        return analysis;
    }

    /// <summary>Writes judge rows and their results in the container's llm_judge shape (an "all" block).</summary>
    public static JudgeResult WriteJudge(string folder, IReadOnlyList<JudgmentRow> rows, DateTimeOffset time)
    {
        var result = JudgeAnalysis.Analyze(rows);
        var resultsFolder = Path.Combine(folder, EvalOutputLayout.ResultsFolder);
        new EvalResults(new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal)
        {
            [EvalResults.AllKey] = JudgeAnalysis.ResultsBlock(result, rows),
        }).Write(Path.Combine(resultsFolder, EvalOutputLayout.ResultsFileName(time)));
        JudgmentsFile.Write(Path.Combine(resultsFolder, EvalOutputLayout.JudgmentsFileName), rows);
        return result;
    }
}
