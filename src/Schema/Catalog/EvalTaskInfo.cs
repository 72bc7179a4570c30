namespace NovaForge.Schema.Catalog;

/// <summary>An evaluation task: its strategy and metric, the recipe family that runs it and its subtasks.</summary>
public sealed record EvalTaskInfo
{
    public required string Description { get; init; }

    public required string Strategy { get; init; }

    public required string Metric { get; init; }

    /// <summary>The eval recipe family: <c>byod</c>, <c>text_benchmark</c>, <c>multimodal_benchmark</c>, <c>llm_judge</c>, <c>rubric_llm_judge</c>, <c>rft_eval</c>.</summary>
    public required string Recipe { get; init; }

    /// <summary>Whether the task reads the stage's dataset (bring your own data) rather than a built-in benchmark.</summary>
    public bool UsesDataset { get; init; }

    public IReadOnlyList<string> Subtasks { get; set; } = [];

    /// <summary>Strategies the task accepts besides its default.</summary>
    public IReadOnlyList<string> Strategies { get; set; } = [];
}
