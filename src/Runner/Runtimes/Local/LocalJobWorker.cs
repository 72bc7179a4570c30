using System.Runtime.InteropServices;

namespace NovaForge.Runner.Runtimes.Local;

/// <summary>
/// The worker process of one local job: takes the job's lock (a second worker for the same job just exits), runs the
/// executor for the job's kind, streams its log and progress into the job folder, and records the outcome.
/// Ignores SIGINT and SIGQUIT, so Ctrl-C in the runner's terminal leaves it running; a stop request or SIGTERM stops it.
/// </summary>
public sealed class LocalJobWorker(IReadOnlyList<ILocalJobExecutor> executors, TimeProvider clock)
{
    public async Task<int> RunAsync(string jobDirectory, CancellationToken cancellation)
    {
        var files = new LocalJobFiles(jobDirectory);
        using var jobLock = await TakeLockAsync(files);
        if (jobLock is null)
        {
            return 0;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var ignoreInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
        using var ignoreQuit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, context => context.Cancel = true);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        var current = files.ReadStatus()?.Job;
        if (current?.State.IsTerminal() == true)
        {
            return 0;
        }

        var request = files.ReadRequest();
        var started = current?.StartedAt ?? clock.GetUtcNow();
        var log = new FileJobLog(files, clock, started);
        files.WriteStatus(new LocalJobStatus { Job = new JobStatus { State = JobState.Running, StartedAt = started, Message = "running" }, WorkerPid = Environment.ProcessId });
        using var watcher = WatchStopRequest(files, stop);
        try
        {
            if (File.Exists(files.StopRequest))
            {
                throw new OperationCanceledException();
            }

            var executor = executors.FirstOrDefault(e => e.CanRun(request))
                ?? throw new LocalJobException($"the local runtime cannot run {request.Kind} jobs");
            if (Directory.Exists(files.OutputDirectory))
            {
                // A previous worker of this job died midway; its partial output must not mix with this run's.
                Directory.Delete(files.OutputDirectory, recursive: true);
            }

            Directory.CreateDirectory(files.OutputDirectory);
            File.AppendAllText(files.Executions, $"{clock.GetUtcNow():O} pid {Environment.ProcessId}\n");
            var context = new LocalJobContext
            {
                Request = request,
                JobDirectory = files.Directory,
                OutputDirectory = files.OutputDirectory,
                Store = new LocalStore(Path.GetDirectoryName(Path.GetDirectoryName(files.Directory)!)!),
                Log = log,
            };
            var outputs = await executor.RunAsync(context, stop.Token);
            files.WriteOutputs(outputs);
            Finish(files, log, JobState.Completed, "completed", started);
            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested || File.Exists(files.StopRequest))
        {
            Finish(files, log, JobState.Stopped, "stopped on request", started);
            return 0;
        }
        catch (LocalJobException exception)
        {
            log.Info($"error: {exception.Message}");
            Finish(files, log, JobState.Failed, exception.Message, started);
            return 1;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            log.Info($"error: {exception.Message}");
            Finish(files, log, JobState.Failed, exception.Message, started);
            return 1;
        }
    }

    private void Finish(LocalJobFiles files, FileJobLog log, JobState state, string message, DateTimeOffset started) =>
        files.WriteStatus(new LocalJobStatus
        {
            Job = new JobStatus { State = state, Message = message, StartedAt = started, EndedAt = clock.GetUtcNow(), Progress = log.LastStep },
            WorkerPid = Environment.ProcessId,
        });

    /// <summary>The lock, retried briefly: the runner's liveness probe holds it for an instant.</summary>
    private static async Task<FileStream?> TakeLockAsync(LocalJobFiles files)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            try
            {
                return new FileStream(files.WorkerLock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(50);
            }
        }

        return null;
    }

    private static Timer WatchStopRequest(LocalJobFiles files, CancellationTokenSource stop) =>
        new(_ =>
        {
            if (File.Exists(files.StopRequest))
            {
                stop.Cancel();
            }
        }, null, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200));
}
