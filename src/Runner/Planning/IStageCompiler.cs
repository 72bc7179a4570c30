using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Planning;

/// <summary>Turns a stage of a loaded pipeline into its recipe, parameters and instances.</summary>
public interface IStageCompiler
{
    CompiledStage Compile(LoadResult pipeline, StageDefinition stage, ICollection<Diagnostic> diagnostics);
}
