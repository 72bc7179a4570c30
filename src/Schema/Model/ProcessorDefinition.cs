using System.ComponentModel;

namespace NovaForge.Schema.Model;

/// <summary>A BYOM processor: custom metrics computed by a user function around inference.</summary>
[Description("Bring-your-own-metrics: a function called before (preprocess) and after (postprocess) inference; its metrics are aggregated.")]
public sealed record ProcessorDefinition
{
    [SchemaRequired]
    [Description("The processor function.")]
    public FunctionReference? Function { get; init; }

    [Description("The contract the function implements.")]
    [SchemaDefault("custom_metrics")]
    public ProcessorType? Type { get; init; }

    [Description("Call the preprocess step before inference.")]
    [SchemaDefault(false)]
    public bool? Preprocessing { get; init; }

    [Description("Call the postprocess step after inference.")]
    [SchemaDefault(true)]
    public bool? Postprocessing { get; init; }

    [Description("How per-example metrics are combined.")]
    [SchemaDefault("average")]
    public Aggregation? Aggregation { get; init; }
}
