namespace NovaForge.Runner.Local.Model.Training;

/// <summary>One sampled answer during RFT: which prompt (its index in the training rows), which of its generations, and the text.</summary>
public sealed record Rollout(int Row, int Generation, string Response);
