using System.Text.Json.Nodes;
using NovaForge.Schema.Diagnostics;
using Parquet;
using Parquet.Schema;

namespace NovaForge.Runner.Evaluation.Outputs;

/// <summary>
/// <c>details/model/&lt;ts&gt;/details_&lt;task&gt;_#_&lt;ts&gt;.parquet</c>: one row per example in logged order, every column a
/// string: <c>example</c> (the prompt), <c>predictions</c> and <c>gold</c> (Python list literals), <c>metrics</c> (a dict
/// literal), <c>pred_logprobs</c> (a list of per-token {token: logprob} dicts) and <c>specifics</c> (a dict whose
/// <c>metadata</c> holds the row's metadata string).
/// </summary>
public static class DetailsParquetFile
{
    private static readonly DataField<string> Example = new("example", true);
    private static readonly DataField<string> Predictions = new("predictions", true);
    private static readonly DataField<string> Gold = new("gold", true);
    private static readonly DataField<string> Metrics = new("metrics", true);
    private static readonly DataField<string> PredictionLogprobs = new("pred_logprobs", true);
    private static readonly DataField<string> Specifics = new("specifics", true);

    /// <summary>Reads one row group at a time, so memory holds a row group, not the file.</summary>
    public static IEnumerable<EvalExample> Read(string file)
    {
        ParquetReader reader;
        Stream stream;
        try
        {
            stream = File.OpenRead(file);
            reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or ArgumentException or IndexOutOfRangeException)
        {
            throw new EvaluationException(DiagnosticFactory.EvalDetailsUnreadable(file, e.Message));
        }

        using (stream)
        {
            var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                using var rowGroup = reader.OpenRowGroupReader(group);
                var count = (int)rowGroup.RowCount;
                var columns = new Dictionary<string, string?[]>(StringComparer.Ordinal);
                foreach (var name in (string[])["example", "predictions", "gold", "metrics", "pred_logprobs", "specifics"])
                {
                    if (fields.TryGetValue(name, out var field) && (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>)))
                    {
                        var values = new string?[count];
                        rowGroup.ReadAsync(field, values.AsMemory(), null).AsTask().GetAwaiter().GetResult();
                        columns[name] = values;
                    }
                }

                for (var row = 0; row < count; row++)
                {
                    yield return ToExample(name => columns.TryGetValue(name, out var values) ? values[row] : null);
                }
            }

            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public static async Task WriteAsync(string file, IReadOnlyList<EvalExample> examples, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var schema = new ParquetSchema(Example, Predictions, Gold, Metrics, PredictionLogprobs, Specifics);
        await using var stream = File.Create(file);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellation);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(Example, [.. examples.Select(e => e.Prompt ?? string.Empty)]);
        await group.WriteAsync(Predictions, [.. examples.Select(e => PythonLiteral.ReprList([e.Prediction]))]);
        await group.WriteAsync(Gold, [.. examples.Select(e => PythonLiteral.ReprList(e.References))]);
        await group.WriteAsync(Metrics, [.. examples.Select(e => PythonLiteral.ReprDict(e.Metrics ?? new Dictionary<string, double>()))]);
        await group.WriteAsync(PredictionLogprobs, [.. examples.Select(e => e.Logprobs is null ? null : ReprLogprobs(e.Logprobs))]);
        await group.WriteAsync(Specifics, [.. examples.Select(e => PythonLiteral.ReprDict(e.Metadata is null ? [] : [KeyValuePair.Create("metadata", e.Metadata)]))]);
    }

    /// <summary>Parses a pred_logprobs literal: a list of {token: logprob} dicts (or a list of such lists, one per prediction).</summary>
    public static IReadOnlyList<TokenLogprobs>? ParseLogprobs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || PythonLiteral.TryParse(text, out var ok) is not JsonArray positions || !ok)
        {
            return null;
        }

        if (positions.Count > 0 && positions[0] is JsonArray first)
        {
            positions = first;
        }

        return [.. positions.OfType<JsonObject>().Select(p => new TokenLogprobs([.. p.Where(c => c.Value is JsonValue).Select(c => KeyValuePair.Create(c.Key, c.Value!.GetValue<double>()))]))];
    }

    private static string ReprLogprobs(IReadOnlyList<TokenLogprobs> positions) =>
        "[" + string.Join(", ", positions.Select(p => PythonLiteral.ReprDict(p.Candidates))) + "]";

    private static EvalExample ToExample(Func<string, string?> column)
    {
        var predictions = column("predictions");
        var prediction = predictions is null ? string.Empty : InferenceOutputFile.PredictionOf(predictions);
        var gold = column("gold");
        var references = gold is null ? [] : PythonLiteral.TryParseStringList(gold) ?? [gold];
        var metrics = column("metrics") is { } metricsText && PythonLiteral.TryParse(metricsText, out var metricsOk) is JsonObject metricsObject && metricsOk
            ? metricsObject.Where(m => m.Value is JsonValue v && v.TryGetValue<double>(out _)).ToDictionary(m => m.Key, m => m.Value!.GetValue<double>(), StringComparer.Ordinal)
            : null;
        var metadata = column("specifics") is { } specificsText && PythonLiteral.TryParse(specificsText, out var specificsOk) is JsonObject specifics && specificsOk
            ? specifics["metadata"] switch
            {
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                null => null,
                var other => other.ToJsonString(),
            }
            : null;
        return new EvalExample(prediction, references)
        {
            Prompt = column("example"),
            Metadata = metadata,
            Logprobs = ParseLogprobs(column("pred_logprobs")),
            Metrics = metrics,
        };
    }
}
