using System.ComponentModel;

namespace NovaForge.Schema.Model;

/// <summary>Spending limits checked before the first job starts.</summary>
[Description("Spending limits, checked against the plan before any job starts.")]
public sealed record BudgetDefinition
{
    [Description("Most instance-hours the planned jobs may use, counting each job at its instance count times the runtime's max_runtime.")]
    [SchemaRange(0, 1_000_000)]
    [SchemaExamples(200)]
    public double? MaxInstanceHours { get; init; }

    [Description("Most jobs one 'novaforge run' may submit.")]
    [SchemaRange(1, 10_000)]
    [SchemaExamples(6)]
    public int? MaxJobs { get; init; }
}
