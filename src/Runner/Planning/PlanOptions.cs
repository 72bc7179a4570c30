namespace NovaForge.Runner.Planning;

/// <summary>Which stages a plan (or run) covers and which it forces.</summary>
public sealed record PlanOptions
{
    /// <summary>Only these stages (--only); empty for all.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>This stage and everything after it in run order (--from).</summary>
    public string? From { get; init; }

    /// <summary>Everything up to and including this stage (--to).</summary>
    public string? To { get; init; }

    /// <summary>Rerun the selected stages even when up to date (--force).</summary>
    public bool Force { get; init; }
}
