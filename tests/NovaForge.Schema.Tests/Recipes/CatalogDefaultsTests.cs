using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Yaml;
using Xunit.Abstractions;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>
/// Each catalog recipe against its official file: every parameter's key exists there, and each default is the file's
/// value, in type as well (16.0 stays a float, temperature 0 an integer). Replicas, model_type and model_name_or_path too.
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

    [Fact]
    public void Every_model_and_generation_names_the_base_model_the_official_files_name()
    {
        if (OfficialRecipes.FolderOrSkip(output) is not { } folder)
        {
            return;
        }

        var catalog = NovaCatalog.Default;
        var recipes = catalog.Recipes.ToDictionary(r => r.Id);
        var problems = new List<string>();
        var confirmedBy = catalog.Models.Keys.ToDictionary(m => m, _ => 0, StringComparer.Ordinal);
        foreach (var (id, path, official) in OfficialRecipes.Files(folder))
        {
            if (!recipes.TryGetValue(id, out var recipe))
            {
                continue;
            }

            var model = catalog.Models[recipe.Model];
            var value = official["run"]?["model_name_or_path"]?.GetValue<string>() ?? string.Empty;

            // The 1.0 rft_eval files offer a choice: "s3://escrow_bucket/model_location or nova-lite/prod".
            var choices = value.Split(" or ", StringSplitOptions.TrimEntries);
            if (!choices.Contains(model.ModelNameOrPath))
            {
                problems.Add($"{path}: {recipe.Model} (generation {model.Generation}) names '{model.ModelNameOrPath}', the file '{value}'");
            }
            else if (choices.Length == 1)
            {
                confirmedBy[recipe.Model]++;
            }
        }

        foreach (var (name, count) in confirmedBy)
        {
            output.WriteLine($"{name} (generation {catalog.Models[name].Generation}): {catalog.Models[name].ModelNameOrPath}, as in {count} official files");
        }

        Assert.Empty(problems);
        Assert.DoesNotContain(confirmedBy, c => c.Value == 0);
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
