namespace NovaForge.Runner.Evaluation.Reports.Charts;

/// <summary>A chart to draw: what it shows, independent of how it is drawn.</summary>
public abstract record Chart(string Title);
