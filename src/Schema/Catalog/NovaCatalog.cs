using System.Text.Json;
using NovaForge.Schema.Serialization;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Catalog;

/// <summary>
/// What Nova supports, as data (<c>recipes/catalog.yaml</c>): models, regions, images, evaluation tasks,
/// recipes with their instances and parameters. The single source for validation, the JSON Schema and rendering.
/// </summary>
public sealed record NovaCatalog
{
    public const string ResourceName = "recipes/catalog.yaml";

    private static readonly Lazy<NovaCatalog> Embedded = new(LoadEmbedded);

    /// <summary>The official recipes snapshot this catalog reproduces; part of every stage fingerprint.</summary>
    public required string Version { get; init; }

    public required IReadOnlyDictionary<string, ModelInfo> Models { get; init; }

    public required IReadOnlyDictionary<string, RegionInfo> Regions { get; init; }

    public required IReadOnlyDictionary<string, ImageInfo> Images { get; init; }

    public required IReadOnlyDictionary<string, EvalTaskInfo> EvalTasks { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, RecipeParameter>> ParameterSets { get; init; }

    public required IReadOnlyList<RecipeInfo> Recipes { get; init; }

    public IReadOnlyList<InferenceTier> InferenceTiers { get; init; } = [];

    /// <summary>The catalog compiled into this build.</summary>
    public static NovaCatalog Default => Embedded.Value;

    public IEnumerable<string> InstanceTypes => Recipes.SelectMany(r => r.InstanceTypes).Concat(InferenceTiers.SelectMany(t => t.InstanceTypes)).Distinct().Order(StringComparer.Ordinal);

    public IEnumerable<string> EvalStrategies => EvalTasks.Values.SelectMany(t => t.Strategies.Prepend(t.Strategy)).Distinct().Order(StringComparer.Ordinal);

    public IEnumerable<string> EvalMetrics => EvalTasks.Values.Select(t => t.Metric).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The parameters a recipe accepts, by override name, with the recipe's defaults and narrower constraints applied.</summary>
    public IReadOnlyDictionary<string, RecipeParameter> ParametersOf(RecipeInfo recipe)
    {
        var set = ParameterSets[recipe.Parameters];
        var result = new Dictionary<string, RecipeParameter>(StringComparer.Ordinal);
        foreach (var (name, parameter) in set)
        {
            var effective = parameter;
            if (recipe.Defaults.TryGetValue(name, out var value))
            {
                effective = effective with { Default = value };
            }

            if (recipe.Constraints.TryGetValue(name, out var constraint))
            {
                effective = effective with
                {
                    Minimum = constraint.Minimum ?? effective.Minimum,
                    Maximum = constraint.Maximum ?? effective.Maximum,
                    MultipleOf = constraint.MultipleOf ?? effective.MultipleOf,
                    Enum = constraint.Enum ?? effective.Enum,
                };
            }

            result[name] = effective;
        }

        return result;
    }

    /// <summary>The override name a key refers to in a recipe, resolving aliases; null when the recipe has no such parameter.</summary>
    public string? ResolveParameterName(RecipeInfo recipe, string key)
    {
        var set = ParameterSets[recipe.Parameters];
        if (set.ContainsKey(key))
        {
            return key;
        }

        return set.FirstOrDefault(p => p.Value.Aliases.Contains(key)).Key;
    }

    /// <summary>The full ECR URI of a recipe's image on a platform in a region, or null when not published there.</summary>
    public string? ImageUri(RecipeInfo recipe, string platform, string region)
    {
        var image = Images[recipe.Image];
        if (!image.Tags.TryGetValue(platform, out var tag) || !image.Regions.Contains(region) || !Regions.TryGetValue(region, out var info))
        {
            return null;
        }

        return $"{info.Account}.dkr.ecr.{region}.amazonaws.com/{tag}";
    }

    /// <summary>Parses a catalog from YAML text (the embedded one, or another in tests).</summary>
    public static NovaCatalog Parse(string name, string yaml)
    {
        var (document, diagnostics) = YamlFileReader.Parse(new Diagnostics.SourceText(name, yaml));
        if (document?.Root is null)
        {
            throw new InvalidDataException($"the recipe catalog {name} is not valid YAML: {string.Join("; ", diagnostics)}");
        }

        return YamlJson.ToJsonNode(document.Root).Deserialize<NovaCatalog>(NovaJson.Options)
            ?? throw new InvalidDataException($"the recipe catalog {name} is empty");
    }

    private static NovaCatalog LoadEmbedded()
    {
        using var stream = typeof(NovaCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the build does not contain {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(ResourceName, reader.ReadToEnd());
    }
}
