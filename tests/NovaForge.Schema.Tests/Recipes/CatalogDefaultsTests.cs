using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Yaml;
using Xunit.Abstractions;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>
/// Each catalog recipe against its official file: every parameter's key exists there, and each default is the file's
/// value, in type as well (16.0 stays a float, temperature 0 an integer). Replicas and model_type too.
/// </summary>
public sealed class CatalogDefaultsTests(ITestOutputHelper output)
{
    [Fact]
    public void Parameter_keys_and_defaults_are_the_official_files()
    {
        if (OfficialRecipes.FolderOrSkip(output) is not { } folder)
        {
            return;
        }

        var catalog = NovaCatalog.Default;
        var files = OfficialRecipes.Files(folder).ToDictionary(f => f.Path, f => f.Content);
        var problems = new List<string>();
        var checkedValues = 0;
        foreach (var recipe in catalog.Recipes)
        {
            if (!files.TryGetValue(recipe.Path, out var official))
            {
                problems.Add($"{recipe.Id}: no official file at {recipe.Path}");
                continue;
            }

            foreach (var (name, parameter) in catalog.ParametersOf(recipe))
            {
                if (!OfficialRecipes.TryGet(official, parameter.Key, out var value))
                {
                    problems.Add($"{recipe.Id}: {name} -> {parameter.Key} is not in the file");
                }
                else if (parameter.Default is null && parameter.Nullable)
                {
                    if (value is not null)
                    {
                        problems.Add($"{recipe.Id}: {name} defaults to null, the file has {value.ToJsonString()}");
                    }
                }
                else if (parameter.Default is not { } defaultValue)
                {
                    if (value?.GetValue<string>() is not { } text || !text.StartsWith("${oc.select:", StringComparison.Ordinal))
                    {
                        problems.Add($"{recipe.Id}: {name} has no default, but the file has {value?.ToJsonString()} rather than an interpolation");
                    }
                }
                else if (CatalogType(defaultValue) != YamlScalars.TypeName(value) || !SameValue(defaultValue, value))
                {
                    problems.Add($"{recipe.Id}: {name} default {defaultValue.GetRawText()} ({CatalogType(defaultValue)}), file {value?.ToJsonString()} ({YamlScalars.TypeName(value)})");
                }
                else
                {
                    checkedValues++;
                }
            }

            if (official["run"]?["replicas"]?.GetValue<long>() is { } replicas && replicas != recipe.Replicas.Default)
            {
                problems.Add($"{recipe.Id}: replicas default {recipe.Replicas.Default}, file {replicas}");
            }

            if (official["run"]?["model_type"]?.GetValue<string>() != catalog.Models[recipe.Model].ModelType)
            {
                problems.Add($"{recipe.Id}: model_type {catalog.Models[recipe.Model].ModelType}, file {official["run"]?["model_type"]}");
            }
        }

        output.WriteLine($"{checkedValues} parameter defaults equal the official files");
        Assert.Empty(problems);
    }

    private static string CatalogType(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetRawText().TrimStart('-').All(char.IsAsciiDigit) ? "integer" : "number",
        JsonValueKind.String => "string",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => value.ValueKind.ToString(),
    };

    private static bool SameValue(JsonElement expected, JsonNode? actual) => expected.ValueKind switch
    {
        JsonValueKind.Null => actual is null,
        JsonValueKind.Number => actual is JsonValue number && double.Parse(number.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) == expected.GetDouble(),
        _ => actual is JsonValue other && other.ToJsonString() == expected.GetRawText(),
    };
}
