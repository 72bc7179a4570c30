using NovaForge.Schema.Model;

namespace NovaForge.Runner.Evaluation.Reports;

/// <summary>
/// One eval stage to report on, in pipeline order: its id, its eval task (gen_qa, llm_judge, mmlu, ...), the folder
/// holding its output in the Nova container's layout (a local run's, or an extracted SageMaker download) and how its
/// BYOM metrics are aggregated (the stage's <c>processor.aggregation</c>).
/// </summary>
public sealed record ReportStageInput(string Id, string Task, string Folder, Aggregation ByomAggregation = Aggregation.Average)
{
    public bool IsJudge => Task.Contains("judge", StringComparison.OrdinalIgnoreCase);
}
