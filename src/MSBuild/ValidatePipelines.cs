using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using NovaForge.Runner.Data.Sources;
using NovaForge.Schema.Loading;

namespace NovaForge.MSBuild;

/// <summary>
/// Validates pipeline files with the checks of <c>novaforge validate</c> (schema, catalog, references, data files and
/// their columns) and logs every diagnostic as an MSBuild error, warning or message on its file, line and column.
/// </summary>
public sealed class ValidatePipelines : PipelineTask
{
    /// <summary>The data files the checks read (for their columns): the build validates again when one of them changes.</summary>
    [Output]
    public ITaskItem[] ReadFiles { get; private set; } = [];

    public override bool Execute()
    {
        var inspector = new RecordingDataInspector(new DataSourceInspector());
        var options = new LoadOptions { DataInspector = inspector };
        foreach (var pipeline in Pipelines)
        {
            Guarded(pipeline, "validating", () =>
            {
                foreach (var diagnostic in Load(pipeline, options).Diagnostics)
                {
                    Diagnostics.Write(diagnostic, pipeline.ItemSpec);
                }
            });
        }

        ReadFiles = [.. inspector.Files.Select(file => new TaskItem(file))];
        Log.LogMessage(MessageImportance.Normal, $"NovaForge: validated {Pipelines.Length} pipeline file(s): {Diagnostics.Errors} error(s), {Diagnostics.Warnings} warning(s).");
        return !Log.HasLoggedErrors;
    }
}
