using System.Globalization;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Engine;

/// <summary>The YAML path of a stage (<c>stages[3]</c>), so the engine's diagnostics point at the stage in the pipeline file.</summary>
public static class StageLocation
{
    public static string Of(PipelineDefinition pipeline, string stageId)
    {
        var index = pipeline.Stages!.FindIndex(s => s.Id == stageId);
        return string.Create(CultureInfo.InvariantCulture, $"stages[{index}]");
    }
}
