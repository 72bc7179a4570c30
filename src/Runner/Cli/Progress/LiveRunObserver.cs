using System.Globalization;
using NovaForge.Runner.Engine;
using NovaForge.Runner.Planning;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.State;
using Spectre.Console;

namespace NovaForge.Runner.Cli.Progress;

/// <summary>
/// A live table of stages for a person at a terminal: status, elapsed time, current step, and loss or reward
/// from the job's logs, refreshed as events arrive and every half second for the clocks.
/// </summary>
public sealed class LiveRunObserver(TimeProvider clock) : IRunObserver
{
    private readonly object gate = new();
    private readonly List<string> order = [];
    private readonly Dictionary<string, Row> rows = new(StringComparer.Ordinal);
    private readonly List<string> messages = [];

    public Table Render()
    {
        lock (gate)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Stage", "Status", "Elapsed", "Step", "Loss / reward", "Job");
            foreach (var id in order)
            {
                var row = rows[id];
                table.AddRow(
                    Markup.Escape(id),
                    row.Status,
                    row.Started is { } started ? StageSummary.Span((row.Ended ?? clock.GetUtcNow()) - started) : string.Empty,
                    Markup.Escape(row.Step ?? string.Empty),
                    Markup.Escape(row.Metric ?? string.Empty),
                    Markup.Escape(row.Job ?? string.Empty));
            }

            foreach (var message in messages.TakeLast(3))
            {
                table.Caption(Markup.Escape(message));
            }

            return table;
        }
    }

    public void Planned(IReadOnlyList<StagePlan> plan)
    {
        lock (gate)
        {
            foreach (var stage in plan)
            {
                order.Add(stage.Id);
                rows[stage.Id] = new Row { Status = $"[grey]{PlanSummary.Decision(stage)}[/]" };
            }
        }
    }

    public void Skipped(StagePlan stage, string reason) => Update(stage, r => r.Status = $"[grey]{Markup.Escape(reason)}[/]");

    public void Preparing(StagePlan stage) => Update(stage, r =>
    {
        r.Status = "[yellow]preparing data[/]";
        r.Started = clock.GetUtcNow();
    });

    public void Submitted(StagePlan stage, string jobName, bool reattached) => Update(stage, r =>
    {
        r.Status = reattached ? "[blue]re-attached[/]" : "[blue]submitted[/]";
        r.Job = jobName;
        r.Started ??= clock.GetUtcNow();
    });

    public void Progress(StagePlan stage, JobStatus status, IReadOnlyList<LogEvent> newLogs) => Update(stage, r =>
    {
        r.Status = status.State == JobState.Running ? "[blue]running[/]" : $"[blue]{status.State.ToString().ToLowerInvariant()}[/]";
        var step = newLogs.LastOrDefault(l => l.Metrics is not null)?.Metrics ?? status.Progress;
        if (step is not null)
        {
            r.Step = step.TotalSteps is { } total ? $"{step.Step}/{total}" : step.Step.ToString(CultureInfo.InvariantCulture);
            r.Metric = step.RewardMean is { } reward
                ? string.Create(CultureInfo.InvariantCulture, $"reward {reward:0.###}")
                : step.Loss is { } loss ? string.Create(CultureInfo.InvariantCulture, $"loss {loss:0.####}") : r.Metric;
        }
    });

    public void Finished(StagePlan stage, StageState state) => Update(stage, r =>
    {
        r.Ended = state.EndedAt ?? clock.GetUtcNow();
        r.Status = state.Status switch
        {
            StageStatus.Completed => "[green]completed[/]",
            StageStatus.Failed => "[red]failed[/]",
            StageStatus.Detached => "[yellow]detached[/]",
            _ => $"[yellow]{state.Status.ToString().ToLowerInvariant()}[/]",
        };
        if (state.Error is not null)
        {
            messages.Add($"{stage.Id}: {state.Error}");
        }
    });

    public void NotStarted(StagePlan stage, string because) => Update(stage, r => r.Status = $"[red]not started[/]: {Markup.Escape(because)}");

    public void Noted(StagePlan stage, string message)
    {
        lock (gate)
        {
            messages.Add($"{stage.Id}: {message}");
        }
    }

    private void Update(StagePlan stage, Action<Row> change)
    {
        lock (gate)
        {
            if (!rows.TryGetValue(stage.Id, out var row))
            {
                row = new Row { Status = string.Empty };
                rows[stage.Id] = row;
                order.Add(stage.Id);
            }

            change(row);
        }
    }

    private sealed class Row
    {
        public required string Status { get; set; }

        public DateTimeOffset? Started { get; set; }

        public DateTimeOffset? Ended { get; set; }

        public string? Step { get; set; }

        public string? Metric { get; set; }

        public string? Job { get; set; }
    }
}
