using System.Globalization;

namespace NovaForge.Runner.Runtimes.Local;

/// <summary>A job log that appends to the job's log file and keeps the status file's progress current (at most every half second).</summary>
public sealed class FileJobLog(LocalJobFiles files, TimeProvider clock, DateTimeOffset started) : IJobLog
{
    private readonly object gate = new();
    private DateTimeOffset lastProgressWrite = DateTimeOffset.MinValue;

    public StepMetrics? LastStep { get; private set; }

    public void Info(string message)
    {
        lock (gate)
        {
            files.AppendLog(new LogEvent(clock.GetUtcNow(), message));
        }
    }

    public void Step(StepMetrics metrics)
    {
        lock (gate)
        {
            LastStep = metrics;
            var now = clock.GetUtcNow();
            files.AppendLog(new LogEvent(now, Describe(metrics), metrics));
            if (now - lastProgressWrite >= TimeSpan.FromMilliseconds(500))
            {
                lastProgressWrite = now;
                files.WriteStatus(new LocalJobStatus
                {
                    Job = new JobStatus { State = JobState.Running, StartedAt = started, Message = "running", Progress = metrics },
                    WorkerPid = Environment.ProcessId,
                });
            }
        }
    }

    /// <summary>The line SageMaker-style logs print for a step.</summary>
    public static string Describe(StepMetrics metrics)
    {
        var parts = new List<string> { metrics.TotalSteps is { } total ? $"step {metrics.Step}/{total}" : $"step {metrics.Step}" };
        void Add(string name, double? value)
        {
            if (value is { } v)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={v:G5}"));
            }
        }

        Add("loss", metrics.Loss);
        Add("lr", metrics.LearningRate);
        Add("reward_mean", metrics.RewardMean);
        Add("reward_std", metrics.RewardStd);
        Add("kl", metrics.KlDivergence);
        Add("entropy", metrics.Entropy);
        return string.Join(' ', parts);
    }
}
