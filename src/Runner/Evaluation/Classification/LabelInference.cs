using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Runner.Evaluation.Outputs;

namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>
/// Recognizes a classification task from its gold answers, so that a run and a report analyse a stage the same way
/// without being told the labels. JSON golds with a <see cref="JsonLabelField"/> field (the ticket case's
/// {"class": ..., "thought": ..., "description": ...}) make the label that field, with the classes' values as the
/// label set when they look like one; otherwise a few distinct, short golds (HQ / LQ_EDIT / LQ_CLOSE) are the label
/// set. One pass, stopping as soon as neither reading fits; memory is bounded by the label limits.
/// </summary>
public static class LabelInference
{
    public const string JsonLabelField = "class";
    public const int MaxLabels = 25;
    public const int MaxLabelLength = 40;

    public static LabelExtraction? FromExamples(IEnumerable<EvalExample> examples)
    {
        var plain = new Candidates();
        var json = new Candidates();
        var jsonPossible = true;
        var any = false;
        foreach (var reference in examples.SelectMany(e => e.References))
        {
            any = true;
            if (jsonPossible)
            {
                var label = ClassOf(reference);
                jsonPossible = label is not null;
                json.Add(label ?? string.Empty);
            }

            plain.Add(reference.Trim());
            if (!jsonPossible && !plain.Possible)
            {
                return null;
            }
        }

        if (jsonPossible && any)
        {
            return new LabelExtraction { JsonField = JsonLabelField, Labels = json.Labels() };
        }

        return plain.Labels() is { } labels ? new LabelExtraction { Labels = labels } : null;
    }

    /// <summary>The <see cref="JsonLabelField"/> field as text, when <paramref name="text"/> is a JSON object that has it as a scalar; else null.</summary>
    public static string? ClassOf(string text)
    {
        if (!text.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) is JsonObject json && json[JsonLabelField] is JsonValue value
                ? value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>().Trim() : value.ToJsonString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Distinct labels seen, while they still look like a label set: at most <see cref="MaxLabels"/>, each short and not blank.</summary>
    private sealed class Candidates
    {
        private readonly SortedSet<string> labels = new(StringComparer.Ordinal);

        public bool Possible { get; private set; } = true;

        public void Add(string label)
        {
            if (Possible && (label.Length == 0 || label.Length > MaxLabelLength || (labels.Add(label) && labels.Count > MaxLabels)))
            {
                Possible = false;
                labels.Clear();
            }
        }

        /// <summary>The label set, or null when the values are not one (or fewer than two).</summary>
        public IReadOnlyList<string>? Labels() => Possible && labels.Count >= 2 ? [.. labels] : null;
    }
}
