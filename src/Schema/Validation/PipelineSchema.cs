using Newtonsoft.Json.Linq;
using NJsonSchema;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.SchemaGeneration;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Validation;

/// <summary>
/// The pipeline JSON Schema, compiled once, and the validation of a document against it with every error mapped
/// back to a line and column. NJsonSchema does not implement draft-07 <c>if</c>/<c>then</c>, so the per-kind stage
/// rules (the only conditionals the generator emits) are applied here, to each stage, with the same schemas.
/// </summary>
public sealed class PipelineSchema
{
    private const string ResourceName = "schemas/pipeline.schema.json";

    /// <summary>The committed schema, compiled into this build (the drift test keeps it equal to the generated one).</summary>
    private static readonly Lazy<PipelineSchema> Embedded = new(() => Load(ReadResource()));

    private readonly JsonSchema root;
    private readonly IReadOnlyList<(string Kind, JsonSchema Then)> stageRules;

    private PipelineSchema(string text, JsonSchema root, IReadOnlyList<(string Kind, JsonSchema Then)> stageRules)
    {
        Text = text;
        this.root = root;
        this.stageRules = stageRules;
    }

    public static PipelineSchema Default => Embedded.Value;

    /// <summary>The schema as written to <c>schemas/pipeline.schema.json</c>.</summary>
    public string Text { get; }

    /// <summary>Generates the schema for a catalog and compiles it.</summary>
    public static PipelineSchema Compile(NovaCatalog catalog) => Load(PipelineSchemaGenerator.GenerateText(catalog));

    private static PipelineSchema Load(string text)
    {
        var root = JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();
        var rules = Enum.GetValues<Model.StageKind>()
            .Select(kind => System.Text.Json.JsonSerializer.Serialize(kind, Serialization.NovaJson.Options).Trim('"'))
            .Select(kind => (kind, root.Definitions[PipelineSchemaGenerator.StageRuleDefinition(kind)]))
            .ToList();
        return new PipelineSchema(text, root, rules);
    }

    private static string ReadResource()
    {
        using var stream = typeof(PipelineSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the build does not contain {ResourceName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Validates a document; returns located diagnostics (empty when valid) and the annotated token.</summary>
    public IReadOnlyList<Diagnostic> Validate(YNode document)
    {
        var token = YamlJToken.Convert(document);
        var errors = root.Validate(token).ToList();
        if (token["stages"] is JArray stages)
        {
            foreach (var stage in stages.OfType<JObject>())
            {
                var kind = (stage["kind"] as JValue)?.Value as string;
                foreach (var (ruleKind, then) in stageRules.Where(r => r.Kind == kind))
                {
                    errors.AddRange(then.Validate(stage));
                }
            }
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var error in errors)
        {
            SchemaErrorMapper.Map(error, diagnostics);
        }

        return [.. WithoutTypoEchoes(diagnostics.DistinctBy(d => (d.Code, d.YamlPath, d.Message)).ToList())];
    }

    /// <summary>
    /// A misspelled key ('modle') also makes the real key look missing; report the typo alone, since fixing it fixes both.
    /// </summary>
    private static IEnumerable<Diagnostic> WithoutTypoEchoes(List<Diagnostic> diagnostics)
    {
        var unknown = diagnostics
            .Where(d => d.Code == "NF1001" && d.YamlPath is not null)
            .Select(d => YamlPath.TryParse(d.YamlPath!))
            .Where(p => p?.Last is string)
            .Select(p => (Parent: p!.Parent.ToString(), Name: (string)p.Last!))
            .ToList();
        return diagnostics.Where(d => d switch
        {
            { Code: "NF1003", YamlPath: { } path } when YamlPath.TryParse(path) is { Last: string missing } missingPath =>
                !unknown.Any(u => u.Parent == missingPath.Parent.ToString() && Suggest.Distance(u.Name, missing) <= Math.Max(2, missing.Length / 3)),
            { Code: "NF1007", YamlPath: { } path } => !unknown.Any(u => u.Parent == path),
            _ => true,
        });
    }
}
