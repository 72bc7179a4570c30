namespace NovaForge.Runner.Evaluation.Reports;

/// <summary>
/// One eval stage to report on, in pipeline order: its id, its eval task (gen_qa, llm_judge, mmlu, ...) and the
/// folder holding its output in the Nova container's layout (a local run's, or an extracted SageMaker download).
/// </summary>
public sealed record ReportStageInput(string Id, string Task, string Folder)
{
    public bool IsJudge => Task.Contains("judge", StringComparison.OrdinalIgnoreCase);
}
