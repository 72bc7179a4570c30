namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>One example's labels as extracted: the gold label, the predicted one (null: no valid prediction), and whether a JSON answer adheres to the schema (null when not checked).</summary>
public readonly record struct ExtractedLabels(string Gold, string? Predicted, bool? AdheresToSchema)
{
    public bool Correct => string.Equals(Gold, Predicted, StringComparison.OrdinalIgnoreCase);
}
