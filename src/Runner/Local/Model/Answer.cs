namespace NovaForge.Runner.Local.Model;

/// <summary>What the model said: the text, its tokens, the probability of the whole response and, when asked, per-token log-probabilities.</summary>
public sealed record Answer(string Text, IReadOnlyList<string> Tokens, double Probability, bool Truncated, IReadOnlyList<TokenLogprob>? Logprobs);
