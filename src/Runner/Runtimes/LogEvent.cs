namespace NovaForge.Runner.Runtimes;

/// <summary>One log line of a job, with the step metrics it carries when it is a step line.</summary>
public sealed record LogEvent(DateTimeOffset Timestamp, string Message, StepMetrics? Metrics = null);
