namespace NovaForge.Runner.Evaluation.Reports.Rendering;

/// <summary>Turns the report model into text.</summary>
public interface IReportRenderer
{
    string Render(ComparisonReport report);
}
