using System.Globalization;
using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.State;

namespace NovaForge.Runner.Cli.Progress;

/// <summary>How a stage's state reads in one line: status, duration, headline metrics or the error.</summary>
public static class StageSummary
{
    public static string Describe(StageState state)
    {
        var duration = Duration(state) is { } d ? $" in {d}" : string.Empty;
        return state.Status switch
        {
            StageStatus.Completed => $"completed{duration}{Metrics(state)}",
            StageStatus.Failed => $"failed{duration}: {state.Error}",
            StageStatus.Stopped => $"stopped{duration}",
            StageStatus.Detached => $"detached: job {state.LatestAttempt?.JobName} keeps running; 'novaforge run' re-attaches",
            _ => state.Status.ToString().ToLowerInvariant(),
        };
    }

    public static string? Duration(StageState state) =>
        state.StartedAt is { } start && state.EndedAt is { } end ? Span(end - start) : null;

    /// <summary>How long the stage's job ran; for a job that may still be running, the time since it started ("4m02s so far").</summary>
    public static string? Elapsed(StageState state, DateTimeOffset now) =>
        Duration(state) ?? (state.Status.MayBeRunning() && state.StartedAt is { } start ? $"{Span(now - start)} so far" : null);

    /// <summary>A duration as people read it at a glance: 12.3s, 4m02s.</summary>
    public static string Span(TimeSpan span) => span.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes}m{span.Seconds:00}s")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0}s");

    /// <summary>What the stage produced or read, one line each: checkpoint, evaluation output, endpoint, prepared data.</summary>
    public static IEnumerable<(string Output, string Where)> Outputs(StageState state)
    {
        var outputs = state.Outputs ?? new StageOutputs();
        if (outputs.Checkpoint is { } checkpoint)
        {
            yield return ("checkpoint", checkpoint);
        }

        if (outputs.EvalOutput is { } evalOutput)
        {
            yield return ("eval output", evalOutput);
        }

        if (outputs.Endpoint is { } endpoint)
        {
            yield return ("endpoint", endpoint);
        }

        foreach (var data in outputs.Data)
        {
            yield return ($"data ({data.Channel})", string.Create(CultureInfo.InvariantCulture, $"{data.Location} ({data.Rows} rows of {data.Dataset})"));
        }
    }

    /// <summary>The headline metrics of a stage (all of them are in status --json): evaluation scores first, then training's.</summary>
    public static string HeadlineMetrics(StageState state, int count = 4)
    {
        string[] headline = [AnalysisMetricNames.Accuracy, "accuracy", GenQaMetricNames.ExactMatch, GenQaMetricNames.F1, GenQaMetricNames.Rouge1, "train_loss", "reward_mean", "kl", "winrate"];
        var metrics = state.Outputs?.Metrics ?? new Dictionary<string, double>();
        var shown = headline.Where(metrics.ContainsKey).Take(count).ToList();
        if (shown.Count == 0)
        {
            shown = [.. metrics.Keys.Order(StringComparer.Ordinal).Take(count)];
        }

        return string.Join(", ", shown.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m}={metrics[m]:0.####}")));
    }

    private static string Metrics(StageState state) => HeadlineMetrics(state) is { Length: > 0 } shown ? $" ({shown})" : string.Empty;
}
