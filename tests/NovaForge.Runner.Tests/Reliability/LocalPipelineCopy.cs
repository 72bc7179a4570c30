using NovaForge.Runner.State;
using NovaForge.Tests.Support;

namespace NovaForge.Runner.Tests.Reliability;

/// <summary>A copy of pipelines/support-tickets.yaml with its data in a temporary folder, run on the local runtime.</summary>
public sealed class LocalPipelineCopy : IDisposable
{
    public LocalPipelineCopy()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("novaforge-crash-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "data"));
        // The pipeline files only: a state file left beside them by running the example must not come along.
        foreach (var file in System.IO.Directory.GetFiles(RepositoryPaths.InRepository("pipelines"), "support-tickets*.yaml"))
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

    /// <summary>Runs the pipeline to its end (or its crash) as a separate process.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        using var run = NovaforgeProcess.Start(Directory, environment ?? new Dictionary<string, string>(), [], "run", Pipeline);
        return await run.WaitAsync(TimeSpan.FromMinutes(3));
    }

    /// <summary>Every job folder was created whole, once, and its job executed exactly once.</summary>
    public void AssertEachJobSubmittedAndExecutedOnce()
    {
        var jobs = System.IO.Directory.GetDirectories(JobsFolder).Where(d => !Path.GetFileName(d).Contains(".staging", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, jobs.Count);
        foreach (var job in jobs)
        {
            Assert.True(File.Exists(Path.Combine(job, "submitted.json")), $"{job} was not submitted whole");
            Assert.Single(File.ReadAllLines(Path.Combine(job, "executions.log")));
        }
    }

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
