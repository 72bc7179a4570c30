using NovaForge.Runner.Data.Hashing;
using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Data.Preparation;

/// <summary>How to prepare data: problem limit, how to show paths, the catalog, an optional hash cache and batch size.</summary>
public sealed record DataPreparationOptions
{
    /// <summary>Row problems listed in full; the rest are counted in one summary diagnostic.</summary>
    public int MaxListedProblems { get; init; } = ProblemLog.DefaultLimit;

    public NovaCatalog Catalog { get; init; } = NovaCatalog.Default;

    /// <summary>How a data file's full path appears in diagnostics (e.g. relative to the working directory).</summary>
    public Func<string, string> DisplayPath { get; init; } = path => path;

    /// <summary>When set, each prepared file's hash is recorded in it, so a later check of the output costs one stat.</summary>
    public ContentHashCache? HashCache { get; init; }

    /// <summary>
    /// The global batch size a training stage runs with, when the engine knows it (the recipe's default); by default
    /// only <c>overrides.global_batch_size</c> is read. A training stage needs at least one full batch of rows.
    /// </summary>
    public Func<StageDefinition, long?>? GlobalBatchSize { get; init; }
}
