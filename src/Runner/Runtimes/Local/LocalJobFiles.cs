using System.Text;
using System.Text.Json;
using NovaForge.Runner.IO;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.Runtimes.Local;

/// <summary>
/// The files of one local job: the request and its recipe, the status (rewritten atomically), the log (appended line by line),
/// the outputs, the worker's lock and a stop request. Shared by the runtime (runner side) and the worker.
/// </summary>
public sealed class LocalJobFiles(string directory)
{
    public string Directory { get; } = directory;

    public string Request => Path.Combine(Directory, "request.json");

    /// <summary>The recipe as submitted: what a Nova container would read for this job.</summary>
    public string Recipe => Path.Combine(Directory, "recipe.yaml");

    public string Status => Path.Combine(Directory, "status.json");

    public string Log => Path.Combine(Directory, "log.jsonl");

    public string Outputs => Path.Combine(Directory, "outputs.json");

    public string WorkerLock => Path.Combine(Directory, "worker.lock");

    public string StopRequest => Path.Combine(Directory, "stop");

    public string WorkerOutput => Path.Combine(Directory, "worker.out");

    /// <summary>Written once, inside the folder before it appears: who submitted the job and when.</summary>
    public string Submitted => Path.Combine(Directory, "submitted.json");

    /// <summary>One line per time a worker started executing the job.</summary>
    public string Executions => Path.Combine(Directory, "executions.log");

    public string OutputDirectory => Path.Combine(Directory, "output");

    public JobRequest ReadRequest() => Read<JobRequest>(Request) ?? throw new InvalidDataException($"{Request} is empty");

    public LocalJobStatus? ReadStatus() => File.Exists(Status) ? Read<LocalJobStatus>(Status) : null;

    public void WriteStatus(LocalJobStatus status) => AtomicFile.Write(Status, s => JsonSerializer.Serialize(s, status, NovaJson.Indented));

    public JobOutputs? ReadOutputs() => File.Exists(Outputs) ? Read<JobOutputs>(Outputs) : null;

    public void WriteOutputs(JobOutputs outputs) => AtomicFile.Write(Outputs, s => JsonSerializer.Serialize(s, outputs, NovaJson.Indented));

    public void AppendLog(LogEvent entry)
    {
        var line = JsonSerializer.Serialize(entry, NovaJson.Options) + "\n";
        using var stream = new FileStream(Log, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(Encoding.UTF8.GetBytes(line));
    }

    /// <summary>Log events after the first <paramref name="skip"/>; a line still being written is left for the next read.</summary>
    public IReadOnlyList<LogEvent> ReadLog(int skip)
    {
        if (!File.Exists(Log))
        {
            return [];
        }

        using var stream = new FileStream(Log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        var complete = text[..(text.LastIndexOf('\n') + 1)];
        return [.. complete.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(skip).Select(l => JsonSerializer.Deserialize<LogEvent>(l, NovaJson.Options)!)];
    }

    /// <summary>Whether a worker process holds this job's lock right now.</summary>
    public bool WorkerIsAlive()
    {
        try
        {
            using var probe = new FileStream(WorkerLock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static T? Read<T>(string path) => JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), NovaJson.Options);
}
