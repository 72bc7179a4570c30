namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// The metrics NovaForge adds beside the container's: classification, JSON adherence, calibration. Named apart from
/// benchmark tasks' own keys (an mmlu stage reports its own accuracy).
/// </summary>
public static class AnalysisMetricNames
{
    public const string Accuracy = "label_accuracy";
    public const string ValidAccuracy = "label_accuracy_valid";
    public const string NoValidPredictionRate = "no_valid_prediction_rate";
    public const string MacroF1 = "label_macro_f1";
    public const string SchemaAdherence = "json_schema_adherence";
    public const string ExpectedCalibrationError = "ece";
    public const string MeanConfidence = "mean_confidence";

    public static string Label(string metric) => metric switch
    {
        Accuracy => "Accuracy (label extracted)",
        ValidAccuracy => "Accuracy on valid predictions",
        NoValidPredictionRate => "No valid prediction",
        MacroF1 => "Macro F1 (classes)",
        SchemaAdherence => "JSON schema adherence",
        ExpectedCalibrationError => "Expected calibration error",
        MeanConfidence => "Mean confidence",
        "winrate" => "Judge: B win rate",
        "score" => "Judge: P(B preferred), Bradley–Terry",
        "lower_rate" => "Judge: P(B preferred), lower 95%",
        "upper_rate" => "Judge: P(B preferred), upper 95%",
        "a_scores" => "Judge: A preferred (judgments)",
        "b_scores" => "Judge: B preferred (judgments)",
        "ties" => "Judge: ties (judgments)",
        "inference_error" => "Judge: errors (judgments)",
        _ => GenQaMetricNames.Label(metric),
    };
}
