using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NovaForge.Runner.IO;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.State;

/// <summary>
/// An exclusive lock per pipeline, held for the whole run. The OS lock on the lock file (flock, through
/// FileShare.None) decides who holds it, so a dead process's lock frees itself; a separate owner file (pid, host,
/// time) names the holder in messages, and a run that finds the lock taken waits up to two seconds for that record.
/// The lock file itself is never deleted: deleting it would let two processes lock two different files of the same name.
/// </summary>
public sealed partial class PipelineLock : IDisposable
{
    private static readonly TimeSpan HolderWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan HolderPoll = TimeSpan.FromMilliseconds(20);

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
        var start = clock.GetTimestamp();
        FileStream stream;
        while (true)
        {
            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                break;
            }
            catch (IOException)
            {
                // The holder names itself just after taking the lock, and the record of a holder that died stays
                // behind: wait briefly for a record of a live process rather than name nobody, or the dead one.
                var named = ReadOwner(path) is { } record && IsAlive(record) ? record : null;
                if (named is not null || clock.GetElapsedTime(start) >= HolderWait)
                {
                    return (null, DiagnosticFactory.PipelineLocked(path, named ?? "an unknown process"));
                }

                Thread.Sleep(HolderPoll);
            }
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

    /// <summary>
    /// Whether the process a holder record names is running. A process on another host (a shared folder) cannot be
    /// checked and counts as running.
    /// </summary>
    private static bool IsAlive(string holder)
    {
        var match = HolderRecord().Match(holder);
        if (!match.Success || match.Groups[2].Value != Environment.MachineName)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^pid (\d+) on (\S+) since ")]
    private static partial Regex HolderRecord();

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
