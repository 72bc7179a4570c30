namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>
/// Counts only (gold, predicted) pairs, so memory grows with the number of labels, not of rows. A gold reference from
/// which no label can be extracted is taken as a label as it is (trimmed): gold labels are usually bare.
/// </summary>
public sealed class ClassificationAccumulator(ILabelExtractor extractor)
{
    private readonly Dictionary<(string Gold, string? Predicted), long> pairs = [];
    private long adherent;
    private long total;

    public ILabelExtractor Extractor => extractor;

    /// <summary>Reads both labels of one example; safe to call from several threads (extractors keep no state).</summary>
    public ExtractedLabels Extract(string prediction, string reference) =>
        new(extractor.Extract(reference) ?? reference.Trim(), extractor.Extract(prediction), extractor.AdheresToSchema(prediction, reference));

    /// <summary>Adds one example; returns whether its prediction was correct.</summary>
    public bool Add(string prediction, string reference) => Add(Extract(prediction, reference));

    public bool Add(ExtractedLabels labels)
    {
        total++;
        if (labels.AdheresToSchema == true)
        {
            adherent++;
        }

        pairs[(labels.Gold, labels.Predicted)] = pairs.GetValueOrDefault((labels.Gold, labels.Predicted)) + 1;
        return labels.Correct;
    }

    public void Merge(ClassificationAccumulator other)
    {
        foreach (var (pair, count) in other.pairs)
        {
            pairs[pair] = pairs.GetValueOrDefault(pair) + count;
        }

        adherent += other.adherent;
        total += other.total;
    }

    public ClassificationResult Result()
    {
        var labels = extractor.KnownLabels.ToList();
        foreach (var label in pairs.Keys.SelectMany(p => new[] { p.Gold, p.Predicted }).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            if (!labels.Contains(label, StringComparer.OrdinalIgnoreCase))
            {
                labels.Add(label);
            }
        }

        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.OrdinalIgnoreCase);
        var matrix = labels.Select(_ => new long[labels.Count + 1]).ToArray();
        long correct = 0, valid = 0;
        foreach (var ((gold, predicted), count) in pairs)
        {
            var column = predicted is null ? labels.Count : index[predicted];
            matrix[index[gold]][column] += count;
            valid += predicted is null ? 0 : count;
            correct += column == index[gold] ? count : 0;
        }

        var classes = labels.Select((label, i) =>
        {
            var truePositives = matrix[i][i];
            var support = matrix[i].Sum();
            var predictedCount = matrix.Sum(row => row[i]);
            var precision = predictedCount == 0 ? 0 : truePositives / (double)predictedCount;
            var recall = support == 0 ? 0 : truePositives / (double)support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new ClassMetrics(label, precision, recall, f1, support, predictedCount);
        }).ToList();
        var schema = extractor is JsonFieldLabelExtractor ? adherent : (long?)null;
        return new ClassificationResult(total, valid, correct, classes, new ConfusionMatrix(labels, [.. matrix.Select(r => (IReadOnlyList<long>)r)]), schema);
    }
}
