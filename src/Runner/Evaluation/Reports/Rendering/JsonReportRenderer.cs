using System.Text.Json;
using System.Text.Json.Serialization;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.Evaluation.Reports.Rendering;

/// <summary>The report model as JSON (snake_case, string enums); numbers that are not finite are written as null.</summary>
public sealed class JsonReportRenderer : IReportRenderer
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public string Render(ComparisonReport report) => Serialize(report);

    /// <summary>Any evaluation model with the report's JSON conventions.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(NovaJson.Indented);
        options.Converters.Add(new FiniteDoubleConverter());
        options.MakeReadOnly();
        return options;
    }

    private sealed class FiniteDoubleConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        public override bool HandleNull => true;
    }
}
