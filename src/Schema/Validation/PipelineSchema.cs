using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
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

    // One validator for all documents: JsonSchema.Validate builds a new one, with its format validators, per call.
    private readonly JsonSchemaValidator validator = new(new JsonSchemaValidatorSettings { FormatValidators = [] });
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
        var root = SchemaObjectReader.Read(ForResolvedDocuments(text));
        var rules = Enum.GetValues<Model.StageKind>()
            .Select(kind => System.Text.Json.JsonSerializer.Serialize(kind, Serialization.NovaJson.Options).Trim('"'))
            .Select(kind => (kind, root.Definitions[PipelineSchemaGenerator.StageRuleDefinition(kind)]))
            .ToList();
        return new PipelineSchema(text, root, rules);
    }

    /// <summary>
    /// The schema the validator needs. It validates documents whose expressions are already resolved, so the
    /// "or an expression" alternative editors need on typed fields can only fail, and costs an error object per
    /// value; it is unwrapped here. What only editors read is dropped: examples, enumDescriptions, descriptions of
    /// recipe parameters, and the per-kind union of override names and ranges (half the schema): the recipe check
    /// judges each override against the stage's own recipe, exactly, and reports it on the same line.
    /// </summary>
    internal static System.Text.Json.Nodes.JsonObject ForResolvedDocuments(string text)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
        Simplify(document);
        return document;
    }

    private static void Simplify(System.Text.Json.Nodes.JsonNode node)
    {
        if (node is System.Text.Json.Nodes.JsonArray array)
        {
            foreach (var item in array.OfType<System.Text.Json.Nodes.JsonNode>())
            {
                Simplify(item);
            }

            return;
        }

        if (node is not System.Text.Json.Nodes.JsonObject obj)
        {
            return;
        }

        if (obj["anyOf"] is System.Text.Json.Nodes.JsonArray { Count: 2 } anyOf && anyOf.FirstOrDefault(IsExpressionReference) is { } expression)
        {
            var typed = anyOf.First(b => !ReferenceEquals(b, expression))!.AsObject();
            obj.Remove("anyOf");
            foreach (var (key, value) in typed.ToList())
            {
                typed.Remove(key);
                obj[key] ??= value;
            }
        }

        // After the unwrapping, which can bring the typed alternative's examples and choices' descriptions up here.
        obj.Remove("examples");
        obj.Remove("enumDescriptions");

        foreach (var (key, value) in obj.ToList())
        {
            if (value is null)
            {
                continue;
            }

            if (key is "overrides" or "inference" or "rollout" && value["properties"] is System.Text.Json.Nodes.JsonObject parameters)
            {
                foreach (var (_, parameter) in parameters)
                {
                    (parameter as System.Text.Json.Nodes.JsonObject)?.Remove("description");
                }

                if (key == "overrides" && parameters.Count > 0)
                {
                    var map = value.AsObject();
                    map.Remove("properties");
                    map.Remove("additionalProperties");
                }
            }

            Simplify(value);
        }
    }

    private static bool IsExpressionReference(System.Text.Json.Nodes.JsonNode? node) =>
        node?["$ref"]?.GetValue<string>() == "#/definitions/" + PipelineSchemaGenerator.ExpressionDefinitionName;

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
        var errors = validator.Validate(token, root, SchemaType.JsonSchema).ToList();
        if (token["stages"] is JArray stages)
        {
            foreach (var stage in stages.OfType<JObject>())
            {
                var kind = (stage["kind"] as JValue)?.Value as string;
                foreach (var (ruleKind, then) in stageRules.Where(r => r.Kind == kind))
                {
                    errors.AddRange(validator.Validate(stage, then, SchemaType.JsonSchema));
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
