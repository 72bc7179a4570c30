namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>Reads a class label out of a model's answer or a gold reference.</summary>
public interface ILabelExtractor
{
    /// <summary>The known labels in display order, when the extractor has a fixed set.</summary>
    IReadOnlyList<string> KnownLabels { get; }

    /// <summary>The label, or null when the text holds no valid prediction.</summary>
    string? Extract(string text);

    /// <summary>Whether a JSON answer adheres to the schema its gold implies; null for extractors that do not read JSON.</summary>
    bool? AdheresToSchema(string prediction, string reference);
}
