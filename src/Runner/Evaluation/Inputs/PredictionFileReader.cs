using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Evaluation.Inputs;

/// <summary>
/// Streams a JSONL or CSV file of predictions into examples, one row at a time. A bad row stops the read with a
/// diagnostic naming the file, the line and what to fix; what can be skipped is reported once to
/// <paramref name="warn"/>.
/// </summary>
public sealed class PredictionFileReader(PredictionFields fields, Action<Diagnostic>? warn = null)
{
    private readonly HashSet<string> warnedMetrics = new(StringComparer.Ordinal);

    public IEnumerable<EvalExample> Read(string file, string displayPath)
    {
        if (!File.Exists(file))
        {
            throw new EvaluationException(Directory.Exists(file) ? DiagnosticFactory.EvalInputUnreadable(displayPath, "it is a directory") : DiagnosticFactory.EvalInputNotFound(displayPath));
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        return extension switch
        {
            ".jsonl" or ".json" or ".ndjson" => ReadJsonLines(file, displayPath),
            ".csv" => ReadCsv(file, displayPath),
            _ => throw new EvaluationException(DiagnosticFactory.EvalInputUnsupportedFormat(displayPath, extension.Length == 0 ? "(no extension)" : extension)),
        };
    }

    private IEnumerable<EvalExample> ReadJsonLines(string file, string displayPath)
    {
        using var stream = Open(file, displayPath);
        var line = 0;
        foreach (var bytes in Utf8Lines.Read(stream))
        {
            line++;
            if (bytes.Span.IndexOfAnyExcept(" \t\r"u8) < 0)
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(bytes);
            }
            catch (JsonException e)
            {
                throw new EvaluationException(DiagnosticFactory.EvalInputMalformedJson(displayPath, line, (int)(e.BytePositionInLine ?? 0) + 1, FirstSentence(e.Message)));
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new EvaluationException(DiagnosticFactory.EvalInputMalformedJson(displayPath, line, 1, $"the line holds a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}"));
                }

                yield return FromJson(document.RootElement, displayPath, line);
            }
        }
    }

    private EvalExample FromJson(JsonElement row, string file, int line)
    {
        var (predictionName, prediction) = Find(row, fields.Prediction, "prediction", file, line);
        var (referenceName, reference) = Find(row, fields.Reference, "reference", file, line);
        var predictionText = prediction.ValueKind == JsonValueKind.String
            ? InferenceOutputFile.PredictionOf(prediction.GetString()!)
            : throw new EvaluationException(DiagnosticFactory.EvalInputWrongType(file, line, predictionName, "a string", Kind(prediction)));
        IReadOnlyList<string> references = reference.ValueKind switch
        {
            JsonValueKind.String => [reference.GetString()!],
            JsonValueKind.Array when reference.EnumerateArray().All(r => r.ValueKind == JsonValueKind.String) => [.. reference.EnumerateArray().Select(r => r.GetString()!)],
            _ => throw new EvaluationException(DiagnosticFactory.EvalInputWrongType(file, line, referenceName, "a string or a list of strings", Kind(reference))),
        };
        return new EvalExample(predictionText, references)
        {
            Metadata = row.TryGetProperty(fields.Metadata, out var metadata) ? metadata.ValueKind == JsonValueKind.String ? metadata.GetString() : metadata.ValueKind == JsonValueKind.Null ? null : metadata.GetRawText() : null,
            Logprobs = Logprobs(row),
            Metrics = row.TryGetProperty(fields.Metrics, out var metrics) && metrics.ValueKind == JsonValueKind.Object ? Metrics(metrics, file, line) : null,
        };
    }

    /// <summary>Per-example metrics: the numbers; other values are skipped, with one warning per metric name.</summary>
    private Dictionary<string, double> Metrics(JsonElement metrics, string file, int line)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var metric in metrics.EnumerateObject())
        {
            if (metric.Value.ValueKind == JsonValueKind.Number)
            {
                values[metric.Name] = metric.Value.GetDouble();
            }
            else if (warnedMetrics.Add(metric.Name))
            {
                warn?.Invoke(DiagnosticFactory.ByomMetricNotNumeric(file, line, metric.Name));
            }
        }

        return values;
    }

    /// <summary>Logprobs as the container's literal string, or as JSON: a list of {token: logprob} objects.</summary>
    private IReadOnlyList<TokenLogprobs>? Logprobs(JsonElement row)
    {
        foreach (var name in fields.Logprobs)
        {
            if (row.TryGetProperty(name, out var value))
            {
                return value.ValueKind switch
                {
                    JsonValueKind.String => DetailsParquetFile.ParseLogprobs(value.GetString()),
                    JsonValueKind.Array => DetailsParquetFile.ParseLogprobs(value.GetRawText()),
                    _ => null,
                };
            }
        }

        return null;
    }

    private IEnumerable<EvalExample> ReadCsv(string file, string displayPath)
    {
        using var reader = new StreamReader(Open(file, displayPath), new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true });
        string[] header;
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
            {
                yield break;
            }

            header = csv.HeaderRecord ?? [];
        }
        catch (CsvHelperException e)
        {
            throw new EvaluationException(DiagnosticFactory.EvalInputMalformedCsv(displayPath, 1, FirstSentence(e.Message)));
        }

        var prediction = fields.Prediction.FirstOrDefault(header.Contains);
        var reference = fields.Reference.FirstOrDefault(header.Contains);
        if (prediction is null || reference is null)
        {
            throw new EvaluationException(DiagnosticFactory.EvalInputMissingField(displayPath, 1, prediction is null ? "prediction" : "reference", prediction is null ? fields.Prediction : fields.Reference, header));
        }

        var metadata = new CsvMetadataColumns(header, fields);
        while (true)
        {
            EvalExample example;
            try
            {
                if (!csv.Read())
                {
                    yield break;
                }

                example = new EvalExample(InferenceOutputFile.PredictionOf(csv.GetField(prediction) ?? string.Empty), [csv.GetField(reference) ?? string.Empty])
                {
                    Metadata = metadata.Of(csv.GetField),
                };
            }
            catch (CsvHelperException e)
            {
                throw new EvaluationException(DiagnosticFactory.EvalInputMalformedCsv(displayPath, csv.Parser.RawRow, FirstSentence(e.Message)));
            }

            yield return example;
        }
    }

    private static (string Name, JsonElement Value) Find(JsonElement row, IReadOnlyList<string> names, string role, string file, int line)
    {
        foreach (var name in names)
        {
            if (row.TryGetProperty(name, out var value))
            {
                return (name, value);
            }
        }

        throw new EvaluationException(DiagnosticFactory.EvalInputMissingField(file, line, role, names, row.EnumerateObject().Select(p => p.Name)));
    }

    private static FileStream Open(string file, string displayPath)
    {
        try
        {
            return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvaluationException(DiagnosticFactory.EvalInputUnreadable(displayPath, e.Message));
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "a string",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
