using System.Text;
using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Preparation;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Tests.Data;

/// <summary>A temporary folder holding data files and a pipeline definition, deleted after the test.</summary>
internal sealed class DataWorkspace : IDisposable
{
    public DataWorkspace()
    {
        Directory = Path.Combine(Path.GetTempPath(), "novaforge-data-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string OutputDirectory => Path.Combine(Directory, "out");

    public string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static PipelineDefinition Pipeline(string model, Dictionary<string, DatasetDefinition> datasets, params StageDefinition[] stages) =>
        new() { Name = "test", Model = model, Datasets = datasets, Stages = [.. stages] };

    public DataPreparer Preparer(PipelineDefinition pipeline, int maxListedProblems = 20) =>
        new(pipeline, Directory, new DataPreparationOptions { DisplayPath = path => Path.GetRelativePath(Directory, path), MaxListedProblems = maxListedProblems });

    public PreparedDataset PrepareStage(PipelineDefinition pipeline, string stageId) =>
        Preparer(pipeline).PrepareStage(pipeline.Stages!.Single(s => s.Id == stageId), Path.Combine(OutputDirectory, stageId + ".jsonl"));

    public PreparedDataset PrepareDataset(PipelineDefinition pipeline, string reference, IRowFormat format) =>
        Preparer(pipeline).PrepareDataset(reference, format, Path.Combine(OutputDirectory, reference + ".jsonl"));

    public static string Read(PreparedDataset result) => File.ReadAllText(result.Path);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
