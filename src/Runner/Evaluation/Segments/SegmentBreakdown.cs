using NovaForge.Runner.Evaluation.Classification;
using NovaForge.Runner.Evaluation.Metrics;

namespace NovaForge.Runner.Evaluation.Segments;

/// <summary>
/// Per metadata field and value, the same accumulators as the whole set (gen_qa metrics, classification). Memory is
/// bounded: at most <see cref="MaxFields"/> fields and <see cref="MaxValuesPerField"/> values per field; later values
/// share one "(other)" row.
/// </summary>
public sealed class SegmentBreakdown(ILabelExtractor? extractor, IReadOnlyList<string>? onlyFields)
{
    public const int MaxFields = 20;
    public const int MaxValuesPerField = 50;
    public const string Other = "(other)";

    private readonly Dictionary<string, Dictionary<string, Segment>> fields = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<KeyValuePair<string, string>> metadata, ScoredGenQaRow row, ExtractedLabels? labels)
    {
        foreach (var (field, value) in metadata)
        {
            if (onlyFields is not null && !onlyFields.Contains(field, StringComparer.Ordinal))
            {
                continue;
            }

            if (!fields.TryGetValue(field, out var values))
            {
                if (fields.Count >= MaxFields)
                {
                    continue;
                }

                fields[field] = values = new Dictionary<string, Segment>(StringComparer.Ordinal);
            }

            var key = values.ContainsKey(value) || values.Count < MaxValuesPerField ? value : Other;
            if (!values.TryGetValue(key, out var segment))
            {
                values[key] = segment = new Segment(extractor is null ? null : new ClassificationAccumulator(extractor));
            }

            segment.GenQa.Add(row);
            if (labels is { } extracted)
            {
                segment.Classification?.Add(extracted);
            }
        }
    }

    public IReadOnlyList<SegmentTable> Result() =>
    [
        .. fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new SegmentTable(
            f.Key,
            [.. f.Value.OrderByDescending(v => v.Value.GenQa.Count).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => new SegmentRow(v.Key, v.Value.GenQa.Count, v.Value.Metrics()))])),
    ];

    private sealed class Segment(ClassificationAccumulator? classification)
    {
        public GenQaAccumulator GenQa { get; } = new(wholeSet: false);

        public ClassificationAccumulator? Classification => classification;

        public IReadOnlyDictionary<string, MetricEstimate> Metrics()
        {
            var metrics = new Dictionary<string, MetricEstimate>(GenQa.Result().Metrics, StringComparer.Ordinal);
            if (classification?.Result() is { } result)
            {
                metrics[AnalysisMetricNames.Accuracy] = new MetricEstimate(result.Accuracy, result.AccuracyStandardError, result.Total);
            }

            return metrics;
        }
    }
}
