using System.Globalization;
using NovaForge.Runner.IO;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.State;

/// <summary>
/// An exclusive lock per pipeline, held for the whole run. The OS lock on the lock file (flock, through
/// FileShare.None) decides who holds it, so a dead process's lock frees itself; a separate owner file (pid, host,
/// time) names the holder in messages. The lock file itself is never deleted: deleting it would let two processes
/// lock two different files of the same name.
/// </summary>
public sealed class PipelineLock : IDisposable
{
    private readonly FileStream stream;

    private PipelineLock(string path, FileStream stream, string? previousHolder)
    {
        Path = path;
        this.stream = stream;
        TakenOverFrom = previousHolder;
    }

    public string Path { get; }

    /// <summary>The holder recorded by a process that died holding the lock, when this lock took it over.</summary>
    public string? TakenOverFrom { get; }

    private string OwnerFile => OwnerFileOf(Path);

    public static (PipelineLock? Lock, Diagnostic? Problem) Acquire(string path, TimeProvider clock)
    {
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return (null, DiagnosticFactory.PipelineLocked(path, ReadOwner(path) ?? "an unknown process"));
        }

        var previous = ReadOwner(path);
        var holder = string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} on {Environment.MachineName} since {clock.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ}");
        AtomicFile.WriteAllText(OwnerFileOf(path), holder, isPrivate: true);
        return (new PipelineLock(path, stream, previous), null);
    }

    public void Dispose()
    {
        File.Delete(OwnerFile);
        stream.Dispose();
    }

    private static string OwnerFileOf(string path) => path + ".owner";

    private static string? ReadOwner(string path)
    {
        try
        {
            var text = File.ReadAllText(OwnerFileOf(path)).Trim();
            return text.Length == 0 ? null : text;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
