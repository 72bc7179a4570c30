namespace NovaForge.Runner.Local.Model;

/// <summary>A generated token's log-probability, with the most likely tokens at that position.</summary>
public sealed record TokenLogprob(string Token, double Logprob, IReadOnlyList<KeyValuePair<string, double>> Top);
