namespace NovaForge.Runner.Runtimes;

/// <summary>A submitted job: its deterministic name and the runtime's own id for it (an ARN, a local folder).</summary>
public sealed record JobHandle(string Name, string Id);
