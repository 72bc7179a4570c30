namespace NovaForge.Runner.Local.Model;

/// <summary>What the local model answers: an optional system prompt and the user's query.</summary>
public sealed record Prompt(string? System, string Query)
{
    /// <summary>A stable key for per-prompt seeding, independent of the order prompts are asked in.</summary>
    public uint Key => StableHash.Of(System ?? string.Empty, Query);
}
