using System.ComponentModel;

namespace NovaForge.Schema.Model;

/// <summary>The instances a job or endpoint runs on.</summary>
[Description("Instance type and count. For training and evaluation the count is the recipe's run.replicas; for deploy it is the endpoint's instance count.")]
public sealed record InstancesDefinition
{
    [Description("The instance type; the catalog knows which types each recipe supports.")]
    [CatalogValues(CatalogList.InstanceTypes)]
    [SchemaExamples("ml.p5.48xlarge")]
    public string? Type { get; init; }

    [Description("How many instances (run.replicas for training and multi-node evaluation).")]
    [SchemaRange(1, 64)]
    [SchemaExamples(4)]
    public int? Count { get; init; }
}
