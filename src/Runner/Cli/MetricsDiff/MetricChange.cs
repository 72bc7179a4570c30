namespace NovaForge.Runner.Cli.MetricsDiff;

/// <summary>One metric of one stage in two states; a side is null when the metric is absent there.</summary>
public sealed record MetricChange(string Stage, string Metric, double? Old, double? New)
{
    public double? Delta => Old is { } a && New is { } b ? b - a : null;

    public bool Changed => Old != New;
}
