namespace NovaForge.Runner.Evaluation.Calibration;

/// <summary>One example listed for review: its row number (1-based, in file order), confidence, correctness and texts.</summary>
public sealed record ConfidenceCase(long Row, double Confidence, bool Correct, double F1, string Prediction, string Reference);
