namespace NovaForge.Runner.Evaluation.Calibration;

/// <summary>
/// Confidence against correctness: expected calibration error over equal-width bins (Σ n_b/N·|accuracy_b −
/// confidence_b|), the reliability bins, and for the threshold the examples to route to a person (low confidence) and
/// the over-confident errors (confident but wrong), each list capped, with full counts.
/// </summary>
public sealed record CalibrationResult(
    long Count,
    double Threshold,
    double MeanConfidence,
    double ExpectedCalibrationError,
    IReadOnlyList<ReliabilityBin> Bins,
    long LowConfidenceCount,
    IReadOnlyList<ConfidenceCase> LowConfidence,
    long OverconfidentErrorCount,
    IReadOnlyList<ConfidenceCase> OverconfidentErrors);
