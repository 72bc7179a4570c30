using System.Text.Json;
using NovaForge.Runner.IO;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.Runtimes.Local;

/// <summary>
/// Runs jobs on this machine: each job is a folder under the store and a detached worker process
/// (<c>novaforge __worker FOLDER</c>) that outlives the runner, so a killed or detached runner re-attaches by job name.
/// A job folder is created once (it appears whole, by rename, with its <c>submitted.json</c> and the <c>recipe.yaml</c>
/// it was submitted with); its worker records each execution in <c>executions.log</c>: together, the record that no
/// job was submitted or run twice.
/// </summary>
public sealed class LocalRuntime(LocalStore store, IWorkerLauncher launcher, TimeProvider clock) : IStageRuntime
{
    public string Kind => "local";

    public LocalStore Store { get; } = store;

    public Task<JobHandle> SubmitAsync(JobRequest request, CancellationToken cancellation)
    {
        var directory = Store.JobDirectory(request.JobName);
        Directory.CreateDirectory(Store.Jobs);
        if (!Directory.Exists(directory))
        {
            // The folder appears whole: request and initial status are written first, then the folder is renamed in.
            var staging = $"{directory}.staging-{Environment.ProcessId}";
            Directory.CreateDirectory(staging);
            var files = new LocalJobFiles(staging);
            AtomicFile.Write(files.Request, s => JsonSerializer.Serialize(s, request, NovaJson.Indented));
            if (request.Recipe.Length > 0)
            {
                AtomicFile.WriteAllText(files.Recipe, request.Recipe);
            }

            files.WriteStatus(new LocalJobStatus { Job = new JobStatus { State = JobState.Pending, Message = "waiting for the worker" } });
            AtomicFile.WriteAllText(files.Submitted, JsonSerializer.Serialize(new { job = request.JobName, at = clock.GetUtcNow(), pid = Environment.ProcessId }, NovaJson.Options));
            Directory.Move(staging, directory);

            // Every file above is on disk; the rename that makes the job exist must be too, before anyone is told of it.
            DirectorySync.Flush(Store.Jobs);
        }

        launcher.Launch(new LocalJobFiles(directory));
        return Task.FromResult(new JobHandle(request.JobName, directory));
    }

    public Task<JobHandle?> FindAsync(string jobName, CancellationToken cancellation)
    {
        var files = new LocalJobFiles(Store.JobDirectory(jobName));
        if (!File.Exists(files.Request))
        {
            return Task.FromResult<JobHandle?>(null);
        }

        // A job whose runner died between creating it and starting its worker gets its worker now.
        if (files.ReadStatus()?.Job.State == JobState.Pending && !files.WorkerIsAlive())
        {
            launcher.Launch(files);
        }

        return Task.FromResult<JobHandle?>(new JobHandle(jobName, files.Directory));
    }

    public Task<JobStatus> GetStatusAsync(JobHandle job, CancellationToken cancellation)
    {
        var files = new LocalJobFiles(job.Id);
        var status = files.ReadStatus()?.Job ?? new JobStatus { State = JobState.Pending };
        if (status.State == JobState.Running && !files.WorkerIsAlive())
        {
            // Re-read: the worker may have finished between the two reads.
            status = files.ReadStatus()!.Job;
            if (!status.State.IsTerminal())
            {
                var stopped = File.Exists(files.StopRequest);
                status = status with
                {
                    State = stopped ? JobState.Stopped : JobState.Failed,
                    Message = stopped ? "stopped on request" : $"the worker process exited unexpectedly (see {files.WorkerOutput})",
                    EndedAt = clock.GetUtcNow(),
                };
                files.WriteStatus(new LocalJobStatus { Job = status });
            }
        }

        return Task.FromResult(status);
    }

    public Task<IReadOnlyList<LogEvent>> ReadLogsAsync(JobHandle job, int skip, CancellationToken cancellation) =>
        Task.FromResult(new LocalJobFiles(job.Id).ReadLog(skip));

    public Task<JobOutputs> GetOutputsAsync(JobHandle job, CancellationToken cancellation) =>
        Task.FromResult(new LocalJobFiles(job.Id).ReadOutputs() ?? new JobOutputs());

    public async Task StopAsync(JobHandle job, CancellationToken cancellation)
    {
        var files = new LocalJobFiles(job.Id);
        await File.WriteAllTextAsync(files.StopRequest, clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture), cancellation);
        for (var i = 0; i < 100 && files.WorkerIsAlive(); i++)
        {
            await Task.Delay(100, cancellation);
        }
    }
}
