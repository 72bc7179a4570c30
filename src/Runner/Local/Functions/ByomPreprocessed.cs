namespace NovaForge.Runner.Local.Functions;

/// <summary>What a BYOM preprocess step hands back for inference: the prompt, the gold answer and the system prompt.</summary>
public sealed record ByomPreprocessed(string Prompt, string Gold, string? System);
