using NovaForge.Runner.State;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Reliability;

/// <summary>A copy of pipelines/support-tickets.yaml with its data in a temporary folder, run on the local runtime.</summary>
public sealed class LocalPipelineCopy : IDisposable
{
    public LocalPipelineCopy()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("novaforge-crash-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "data"));
        foreach (var file in System.IO.Directory.GetFiles(RepositoryPaths.InRepository("pipelines"), "support-tickets*"))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }

        foreach (var file in System.IO.Directory.GetFiles(RepositoryPaths.InRepository("pipelines", "data"), "support-tickets*"))
        {
            File.Copy(file, Path.Combine(Directory, "data", Path.GetFileName(file)));
        }

        foreach (var file in System.IO.Directory.GetFiles(RepositoryPaths.InRepository("pipelines"), "*.py"))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }
    }

    public string Directory { get; }

    public string Pipeline => "support-tickets.yaml";

    public string JobsFolder => Path.Combine(Directory, ".novaforge", "jobs");

    public PipelineState State => StateFile.For(Path.Combine(Directory, Pipeline)).Load("support-tickets").State!;

    /// <summary>What must be equal between two complete runs: per stage its status, fingerprint, job and metrics.</summary>
    public IReadOnlyList<string> Outcome() =>
        [.. State.Stages.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
            $"{s.Key}: {s.Value.Status} {s.Value.Fingerprint} {string.Join(",", s.Value.Attempts.Select(a => a.JobName))} " +
            string.Join(",", (s.Value.Outputs?.Metrics ?? new Dictionary<string, double>()).OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key}={m.Value:R}")))];

    public void Dispose()
    {
        // Workers of jobs still running (after a failed assertion) must not outlive the test.
        foreach (var status in System.IO.Directory.Exists(JobsFolder) ? System.IO.Directory.GetDirectories(JobsFolder) : [])
        {
            File.WriteAllText(Path.Combine(status, "stop"), "test cleanup");
        }

        Thread.Sleep(500);
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
