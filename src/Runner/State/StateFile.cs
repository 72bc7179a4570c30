using System.Text.Json;
using NovaForge.Runner.FaultInjection;
using NovaForge.Runner.IO;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.State;

/// <summary>
/// Reads and writes a pipeline's state file. Writes are atomic (temp file, flush, rename) and keep the previous
/// version as <c>.bak</c>; the file is private to the user. A corrupt or foreign file is refused and never overwritten.
/// </summary>
public sealed class StateFile(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The state file of a pipeline file: <c>pipelines/x.yaml</c> keeps its state in <c>pipelines/x.state.json</c>.</summary>
    public static StateFile For(string pipelineFile) =>
        new(System.IO.Path.ChangeExtension(System.IO.Path.GetFullPath(pipelineFile), null) + ".state.json");

    public bool Exists => File.Exists(Path);

    /// <summary>The state, a new empty state when there is no file yet, or a diagnostic when the file cannot be trusted.</summary>
    public (PipelineState? State, Diagnostic? Problem) Load(string pipeline)
    {
        if (!File.Exists(Path))
        {
            return (PipelineState.New(pipeline), null);
        }

        PipelineState? state;
        try
        {
            state = JsonSerializer.Deserialize<PipelineState>(File.ReadAllBytes(Path), NovaJson.Options);
        }
        catch (JsonException exception)
        {
            return (null, DiagnosticFactory.StateCorrupt(Path, $"{exception.Message.Split(" Path:")[0].TrimEnd('.')} (line {exception.LineNumber + 1})"));
        }
        catch (IOException exception)
        {
            return (null, DiagnosticFactory.StateCorrupt(Path, exception.Message));
        }

        if (state is null || state.Lineage is null || state.Stages is null)
        {
            return (null, DiagnosticFactory.StateCorrupt(Path, "required fields are missing"));
        }

        if (state.Schema != PipelineState.CurrentSchema)
        {
            return (null, DiagnosticFactory.StateForeign(Path, $"its schema is '{state.Schema}', this novaforge reads '{PipelineState.CurrentSchema}'"));
        }

        if (state.Pipeline != pipeline)
        {
            return (null, DiagnosticFactory.StateForeign(Path, $"it records pipeline '{state.Pipeline}', not '{pipeline}'"));
        }

        return (state, null);
    }

    /// <summary>
    /// Deletes the temporary files of state writes that a crash interrupted (a hidden <c>.NAME.*.tmp</c> beside the
    /// state file). Only for the holder of the pipeline's lock: no other write can be in progress then.
    /// </summary>
    public void RemoveInterruptedWrites()
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var leftover in Directory.EnumerateFiles(directory, $".{System.IO.Path.GetFileName(Path)}.*.tmp"))
        {
            File.Delete(leftover);
        }
    }

    /// <summary>Writes the next serial of the state atomically and returns what was written.</summary>
    public PipelineState Save(PipelineState state, TimeProvider clock)
    {
        var next = state with { Serial = state.Serial + 1, UpdatedAt = clock.GetUtcNow() };
        try
        {
            AtomicFile.Write(Path, stream => JsonSerializer.Serialize(stream, next, NovaJson.Indented), keepBackup: true, isPrivate: true, () => CrashPoint.Reach(CrashPoint.StateWrite));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StateWriteException(DiagnosticFactory.StateUnwritable(Path, exception.Message), exception);
        }

        return next;
    }
}
