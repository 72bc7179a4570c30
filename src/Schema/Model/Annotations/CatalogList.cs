namespace NovaForge.Schema.Model;

/// <summary>The catalog lists a property can draw its allowed values from.</summary>
public enum CatalogList
{
    Models,
    InstanceTypes,
    EvalTasks,
    EvalStrategies,
    EvalMetrics,
    Regions,
}
