using System.Collections.Concurrent;
using NovaForge.Runner.Runtimes;

namespace NovaForge.Runner.Tests.Engine;

/// <summary>An in-process runtime whose jobs finish after a number of polls; it records every submission.</summary>
public sealed class FakeRuntime : IStageRuntime
{
    private readonly ConcurrentDictionary<string, FakeJob> jobs = new(StringComparer.Ordinal);

    public string Kind => "fake";

    public List<string> Submissions { get; } = [];

    public List<string> Stopped { get; } = [];

    /// <summary>Polls a job stays running before it completes.</summary>
    public int PollsToFinish { get; set; } = 2;

    /// <summary>Stages (by id) whose jobs fail.</summary>
    public HashSet<string> Failing { get; } = new(StringComparer.Ordinal);

    /// <summary>Called on every status poll, e.g. to cancel the run mid-job.</summary>
    public Action<string>? OnPoll { get; set; }

    /// <summary>Called on every find call (by job name), before the runtime answers.</summary>
    public Action<string>? OnFind { get; set; }

    /// <summary>Called on every submit call (by job name), before the runtime answers.</summary>
    public Action<string>? OnSubmit { get; set; }

    public IReadOnlyCollection<string> KnownJobs => jobs.Keys.ToList();

    /// <summary>The stage of every submission, in order.</summary>
    public IEnumerable<string> SubmittedStages => Submissions.Select(name => jobs[name].Request.StageId);

    /// <summary>Like a real API call, a submission honours its cancellation token: cancelled, it does not reach the runtime.</summary>
    public Task<JobHandle> SubmitAsync(JobRequest request, CancellationToken cancellation)
    {
        OnSubmit?.Invoke(request.JobName);
        cancellation.ThrowIfCancellationRequested();
        Submissions.Add(request.JobName);
        jobs[request.JobName] = new FakeJob(request);
        return Task.FromResult(new JobHandle(request.JobName, "fake/" + request.JobName));
    }

    /// <summary>Forgets a job, as if the submit call of a crashed runner never reached the runtime.</summary>
    public void Forget(string jobName) => jobs.TryRemove(jobName, out _);

    public Task<JobHandle?> FindAsync(string jobName, CancellationToken cancellation)
    {
        OnFind?.Invoke(jobName);
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(jobs.ContainsKey(jobName) ? new JobHandle(jobName, "fake/" + jobName) : null);
    }

    public Task<JobStatus> GetStatusAsync(JobHandle job, CancellationToken cancellation)
    {
        var fake = jobs[job.Name];
        OnPoll?.Invoke(job.Name);
        cancellation.ThrowIfCancellationRequested();
        if (fake.Stopped)
        {
            return Task.FromResult(new JobStatus { State = JobState.Stopped });
        }

        fake.Polls++;
        if (fake.Polls < PollsToFinish)
        {
            return Task.FromResult(new JobStatus { State = JobState.Running, Progress = new StepMetrics { Step = fake.Polls, TotalSteps = PollsToFinish, Loss = 1.0 / fake.Polls } });
        }

        return Task.FromResult(Failing.Contains(fake.Request.StageId)
            ? new JobStatus { State = JobState.Failed, Message = "out of memory on algo-1" }
            : new JobStatus { State = JobState.Completed });
    }

    public Task<IReadOnlyList<LogEvent>> ReadLogsAsync(JobHandle job, int skip, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<LogEvent>>([]);

    public Task<JobOutputs> GetOutputsAsync(JobHandle job, CancellationToken cancellation)
    {
        var request = jobs[job.Name].Request;
        return Task.FromResult(new JobOutputs
        {
            Checkpoint = request.Kind is "sft" or "rft" or "dpo" or "cpt" ? $"s3://bucket/checkpoints/{job.Name}" : null,
            EvalOutput = request.Kind == "eval" ? $"s3://bucket/eval/{job.Name}" : null,
            Metrics = new Dictionary<string, double> { ["score"] = 0.5 },
        });
    }

    public Task StopAsync(JobHandle job, CancellationToken cancellation)
    {
        Stopped.Add(job.Name);
        jobs[job.Name].Stopped = true;
        return Task.CompletedTask;
    }

    public JobRequest RequestOf(string jobName) => jobs[jobName].Request;

    private sealed class FakeJob(JobRequest request)
    {
        public JobRequest Request { get; } = request;

        public int Polls { get; set; }

        public bool Stopped { get; set; }
    }
}
