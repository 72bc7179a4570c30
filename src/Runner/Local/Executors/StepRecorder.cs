using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;

namespace NovaForge.Runner.Local.Executors;

/// <summary>Passes each training step to the job log and keeps the last one for the job's headline metrics.</summary>
public sealed class StepRecorder(IJobLog log)
{
    public StepMetrics? Last { get; private set; }

    public void Record(StepMetrics step)
    {
        log.Step(step);
        Last = step;
    }

    /// <summary>The last step's values under the names the job's metrics use.</summary>
    public Dictionary<string, double> Metrics()
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        if (Last is null)
        {
            return metrics;
        }

        metrics["steps"] = Last.Step;
        Add(metrics, "train_loss", Last.Loss);
        Add(metrics, "reward_mean", Last.RewardMean);
        Add(metrics, "reward_std", Last.RewardStd);
        Add(metrics, "kl", Last.KlDivergence);
        Add(metrics, "entropy", Last.Entropy);
        return metrics;
    }

    private static void Add(Dictionary<string, double> metrics, string name, double? value)
    {
        if (value is { } v)
        {
            metrics[name] = v;
        }
    }
}
