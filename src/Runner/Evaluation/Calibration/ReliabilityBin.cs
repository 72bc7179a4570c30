namespace NovaForge.Runner.Evaluation.Calibration;

/// <summary>Examples whose confidence lies in [Lower, Upper): how many, their mean confidence and their accuracy.</summary>
public sealed record ReliabilityBin(double Lower, double Upper, long Count, double MeanConfidence, double Accuracy);
