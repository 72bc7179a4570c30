using NovaForge.Runner.Runtimes;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Engine;

/// <summary>Prepares a stage's data (read, map, transform, validate, write, hash) where its runtime's jobs can read it.</summary>
public interface IStageDataPreparer
{
    /// <summary>The prepared files, or null when rows are invalid (reported in <paramref name="diagnostics"/>; nothing is left behind).</summary>
    Task<IReadOnlyList<PreparedData>?> PrepareAsync(LoadResult pipeline, StageDefinition stage, ICollection<Diagnostic> diagnostics, CancellationToken cancellation);
}
