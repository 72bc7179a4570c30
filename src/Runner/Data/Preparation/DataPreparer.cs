using System.Globalization;
using System.Text.Json;
using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Output;
using NovaForge.Runner.Data.Sources;
using NovaForge.Runner.Data.Validation;
using NovaForge.Runner.Data.Validation.Conversations;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;
using NovaForge.Schema.Yaml;

namespace NovaForge.Runner.Data.Preparation;

/// <summary>
/// Prepares the data a stage reads: resolves its dataset (file, sample, split part, mix), maps the columns, writes each
/// row in the exact format of the stage's kind and model, validates every row, and hashes the output, all in one
/// streaming pass with bounded memory (sampling and splitting add one counting pass). The output file appears only
/// when every row is valid. Diagnostics about the pipeline carry YAML paths (locate them with the loaded document);
/// row diagnostics point at the data file.
/// </summary>
public sealed class DataPreparer(PipelineDefinition pipeline, string pipelineDirectory, DataPreparationOptions? options = null)
{
    private const string BatchSizeKey = "global_batch_size";

    private readonly DataPreparationOptions options = options ?? new DataPreparationOptions();

    /// <summary>Prepares a stage's dataset in the format of the stage's kind (and eval task) for the pipeline's model.</summary>
    public PreparedDataset PrepareStage(StageDefinition stage, string outputPath, CancellationToken cancellation = default)
    {
        var stagePath = StagePath(stage);
        var format = stage.Kind is { } kind ? RowFormats.For(kind, stage.Eval?.Task) : null;
        if (format is null)
        {
            var what = $"stage '{stage.Id}' ({stage.Kind?.ToString().ToLowerInvariant()}{(stage.Eval?.Task is { } task ? $", task {task}" : string.Empty)})";
            return Failed(outputPath, "none", DiagnosticFactory.NoRowFormat(stagePath.Key("kind").ToString(), what));
        }

        if (string.IsNullOrEmpty(stage.Dataset))
        {
            return Failed(outputPath, format.Name, DiagnosticFactory.StageWithoutDataset(stagePath.ToString(), stage.Id ?? "?"));
        }

        return Prepare(stage.Dataset, stagePath.Key("dataset").ToString(), format, outputPath, MinimumRows(stage, stagePath), cancellation);
    }

    /// <summary>Prepares a dataset reference ('name' or 'name.part') in the given format, with no stage (no batch-size check).</summary>
    public PreparedDataset PrepareDataset(string reference, IRowFormat format, string outputPath, CancellationToken cancellation = default) =>
        Prepare(reference, YamlPath.Of("datasets", DatasetReference.Parse(reference).Name).ToString(), format, outputPath, null, cancellation);

    /// <summary>The source files a stage's rows come from (for fingerprints), without reading them; empty when the stage has none.</summary>
    public IReadOnlyList<DataSourceFile> SourceFilesOf(StageDefinition stage)
    {
        var format = stage.Kind is { } kind ? RowFormats.For(kind, stage.Eval?.Task) : null;
        if (format is null || string.IsNullOrEmpty(stage.Dataset))
        {
            return [];
        }

        var source = new RowSourceBuilder(pipeline, pipelineDirectory, format, options.DisplayPath, new ProblemLog()).Build(stage.Dataset, StagePath(stage).ToString());
        return source?.Files.DistinctBy(f => f.FullPath).ToList() ?? [];
    }

    private PreparedDataset Prepare(string reference, string referencePath, IRowFormat format, string outputPath, (long Rows, string Path)? minimum, CancellationToken cancellation)
    {
        var problems = new ProblemLog(options.MaxListedProblems);
        if (RowFormats.CheckModel(format, pipeline.Model, options.Catalog, "model") is { } modelProblem)
        {
            problems.ReportGeneral(modelProblem);
        }

        var source = new RowSourceBuilder(pipeline, pipelineDirectory, format, options.DisplayPath, problems).Build(reference, referencePath);
        if (source is null || problems.HasErrors)
        {
            return Failed(outputPath, format.Name, problems);
        }

        try
        {
            using var output = JsonlOutputWriter.Create(outputPath);
            var validator = new RowValidator(format, problems, ConversationModel.Of(pipeline.Model, options.Catalog));
            foreach (var row in source.Rows(problems, cancellation))
            {
                // After the first error nothing more is written, but every row is still checked so the total is known.
                if (validator.Validate(row) && !problems.HasErrors)
                {
                    format.Write(output.BeginRow(), row, output.Rows + 1);
                    output.EndRow();
                }
            }

            CheckRowCount(output.Rows, reference, referencePath, minimum, problems);
            if (problems.HasErrors)
            {
                return Failed(outputPath, format.Name, problems);
            }

            var sha256 = output.Commit();
            options.HashCache?.Remember(outputPath, output.Bytes, File.GetLastWriteTimeUtc(outputPath), sha256);
            return new PreparedDataset(Path.GetFullPath(outputPath), format.Name, output.Rows, output.Bytes, sha256, problems.ToList(), problems.ErrorCount);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.ReportGeneral(DiagnosticFactory.OutputFailed(outputPath, exception.Message));
            return Failed(outputPath, format.Name, problems);
        }
    }

    private static void CheckRowCount(long rows, string reference, string referencePath, (long Rows, string Path)? minimum, ProblemLog problems)
    {
        if (problems.HasErrors)
        {
            return;
        }

        if (rows == 0)
        {
            problems.ReportGeneral(DiagnosticFactory.NoRows(referencePath, $"'{reference}'"));
        }
        else if (minimum is { } needed && rows < needed.Rows)
        {
            problems.ReportGeneral(DiagnosticFactory.TooFewRows(needed.Path, $"'{reference}'", rows, needed.Rows, string.Create(CultureInfo.InvariantCulture, $"{BatchSizeKey} is {needed.Rows}: a training step needs one full batch")));
        }
    }

    /// <summary>Training stages need at least one global batch of rows (the SDK checks this for Nova 2 Lite SFT; it holds for every training job).</summary>
    private (long Rows, string Path)? MinimumRows(StageDefinition stage, YamlPath stagePath)
    {
        if (stage.Kind is not (StageKind.Sft or StageKind.Dpo or StageKind.Rft or StageKind.Cpt))
        {
            return null;
        }

        if (stage.Overrides?.TryGetValue(BatchSizeKey, out var value) == true && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var fromOverrides))
        {
            return (fromOverrides, stagePath.Key("overrides").Key(BatchSizeKey).ToString());
        }

        return options.GlobalBatchSize?.Invoke(stage) is { } resolved ? (resolved, stagePath.Key("dataset").ToString()) : null;
    }

    private YamlPath StagePath(StageDefinition stage) => YamlPath.Of("stages", Math.Max(0, pipeline.Stages?.IndexOf(stage) ?? 0));

    /// <summary>A failed preparation leaves no output behind, not even an older file that could pass for this run's.</summary>
    private static PreparedDataset Failed(string outputPath, string format, ProblemLog problems)
    {
        if (File.Exists(outputPath))
        {
            File.Delete(outputPath);
        }

        return new PreparedDataset(Path.GetFullPath(outputPath), format, 0, 0, null, problems.ToList(), problems.ErrorCount);
    }

    private static PreparedDataset Failed(string outputPath, string format, Diagnostic diagnostic)
    {
        var problems = new ProblemLog();
        problems.ReportGeneral(diagnostic);
        return Failed(outputPath, format, problems);
    }
}
