using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Hashing;
using NovaForge.Runner.Data.Preparation;
using NovaForge.Runner.IO;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Engine;

/// <summary>
/// Prepares a stage's data into the local store, content-addressed (<c>prepared/&lt;sha256&gt;.jsonl</c>): the same rows
/// are one file however many stages or runs use them, and a file that exists is complete (it appears by rename only).
/// </summary>
public sealed class LocalDataPreparer(LocalStore store, ContentHashCache cache, Func<StageDefinition, long?> globalBatchSize, Func<string, string> displayPath) : IStageDataPreparer
{
    public Task<IReadOnlyList<PreparedData>?> PrepareAsync(LoadResult pipeline, StageDefinition stage, ICollection<Diagnostic> diagnostics, CancellationToken cancellation)
    {
        var definition = pipeline.Pipeline!;
        if (stage.Kind is StageKind.Deploy || (stage.Dataset is null && stage.ValidationDataset is null))
        {
            return Task.FromResult<IReadOnlyList<PreparedData>?>([]);
        }

        var preparer = new DataPreparer(definition, pipeline.Directory, new DataPreparationOptions
        {
            HashCache = cache,
            GlobalBatchSize = globalBatchSize,
            DisplayPath = displayPath,
        });
        Directory.CreateDirectory(store.Prepared);
        var channel = stage.Kind == StageKind.Eval ? PreparedData.EvalChannel : PreparedData.TrainChannel;
        var prepared = new List<PreparedData>();
        if (stage.Dataset is { } dataset)
        {
            var result = preparer.PrepareStage(stage, Staging(), cancellation);
            if (Place(result, channel, dataset, diagnostics) is not { } data)
            {
                return Task.FromResult<IReadOnlyList<PreparedData>?>(null);
            }

            prepared.Add(data);
        }

        if (stage.ValidationDataset is { } validation && RowFormats.For(stage.Kind!.Value, stage.Eval?.Task) is { } format)
        {
            var result = preparer.PrepareDataset(validation, format, Staging(), cancellation);
            if (Place(result, PreparedData.ValidationChannel, validation, diagnostics) is not { } data)
            {
                return Task.FromResult<IReadOnlyList<PreparedData>?>(null);
            }

            prepared.Add(data);
        }

        cache.Save();
        return Task.FromResult<IReadOnlyList<PreparedData>?>(prepared);
    }

    private string Staging() => Path.Combine(store.Prepared, $"staging-{Guid.NewGuid():N}.jsonl");

    private PreparedData? Place(PreparedDataset result, string channel, string dataset, ICollection<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        if (!result.Succeeded)
        {
            return null;
        }

        var target = Path.Combine(store.Prepared, $"{result.Sha256}.jsonl");
        if (File.Exists(target))
        {
            File.Delete(result.Path);
        }
        else
        {
            File.Move(result.Path, target);
            DirectorySync.Flush(store.Prepared);
        }

        // The hash is known from writing the file; recording it under its final name makes later checks one stat.
        cache.Remember(target, result.Bytes, File.GetLastWriteTimeUtc(target), result.Sha256!);

        return new PreparedData { Channel = channel, Dataset = dataset, Location = target, Rows = result.Rows, Sha256 = "sha256:" + result.Sha256 };
    }
}
