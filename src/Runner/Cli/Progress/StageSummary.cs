using System.Globalization;
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

    public static string? Duration(StageState state)
    {
        if (state.StartedAt is not { } start || state.EndedAt is not { } end)
        {
            return null;
        }

        var span = end - start;
        return span.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes}m{span.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0}s");
    }

    public static string Metrics(StageState state)
    {
        var metrics = state.Outputs?.Metrics;
        if (metrics is null || metrics.Count == 0)
        {
            return string.Empty;
        }

        return " (" + string.Join(", ", metrics.OrderBy(m => m.Key, StringComparer.Ordinal).Take(6).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key}={m.Value:0.####}"))) + ")";
    }
}
