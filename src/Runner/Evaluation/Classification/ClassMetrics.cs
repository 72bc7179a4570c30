namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>One class's precision, recall and F1 (0 when undefined), and how many gold examples it has.</summary>
public sealed record ClassMetrics(string Label, double Precision, double Recall, double F1, long Support, long Predicted);
