using System.Text.Json;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// Resolves a stage's overrides (<c>overrides</c>, <c>eval.inference</c>, <c>rft.rollout</c>) against the selected
/// recipe's parameters: names and aliases, types, enums, ranges, multiples and cross-field rules. Nothing is dropped
/// silently: a key the recipe has no place for is an error naming the stage and the key.
/// </summary>
public sealed class ParameterResolver(NovaCatalog catalog)
{
    private static readonly string[] EpochKeys = ["max_epochs", "epochs", "num_epochs"];

    private static readonly JsonElement JsonNull = JsonDocument.Parse("null").RootElement.Clone();

    public ResolvedParameters Resolve(RecipeSelection selection, StageDefinition stage, YamlPath stagePath, ICollection<Diagnostic> diagnostics)
    {
        var recipe = selection.Recipe;
        var definitions = catalog.ParametersOn(recipe, selection.InstanceType);
        var overrides = new Dictionary<string, (JsonElement Value, string Path)>(StringComparer.Ordinal);
        foreach (var entry in Entries(stage, stagePath))
        {
            var path = entry.Path.ToString();
            if (catalog.ResolveParameterName(recipe, entry.Key) is not { } name)
            {
                diagnostics.Add(EpochKeys.Contains(entry.Key) && selection.Model.Generation >= 2 && definitions.ContainsKey("max_steps")
                    ? DiagnosticFactory.EpochsOnStepBasedModel(path, selection.StageId, entry.Key, selection.Model.DisplayName)
                    : DiagnosticFactory.UnknownOverride(path, selection.StageId, entry.Key, recipe.Id, definitions.SelectMany(d => d.Value.Aliases.Prepend(d.Key))));
                continue;
            }

            var definition = definitions[name];
            if (entry.Group is not null && definition.Group != entry.Group)
            {
                diagnostics.Add(DiagnosticFactory.OverrideWrongBlock(path, selection.StageId, entry.Key, entry.Block, entry.Group));
                continue;
            }

            if (overrides.TryGetValue(name, out var first))
            {
                diagnostics.Add(DiagnosticFactory.OverrideSetTwice(path, selection.StageId, name, first.Path));
                continue;
            }

            if (ParameterValueCheck.Check(definition, entry.Value, path, selection.StageId, entry.Key) is { } problem)
            {
                diagnostics.Add(problem);
                continue;
            }

            overrides[name] = (entry.Value, path);
        }

        var values = definitions.ToDictionary(
            d => d.Key,
            d => overrides.TryGetValue(d.Key, out var set) ? new ResolvedParameter(d.Key, d.Value, set.Value, set.Path) : new ResolvedParameter(d.Key, d.Value, Default(d.Value), null),
            StringComparer.Ordinal);
        var resolved = new ResolvedParameters(values);
        CrossFieldRules.Check(resolved, selection.StageId, diagnostics);
        return resolved;
    }

    /// <summary>A nullable parameter without a default is null (reasoning off); any other one without a default is left to the template.</summary>
    private static JsonElement? Default(RecipeParameter parameter) => parameter.Default ?? (parameter.Nullable ? JsonNull : null);

    private static IEnumerable<OverrideEntry> Entries(StageDefinition stage, YamlPath stagePath)
    {
        var blocks = new (IReadOnlyDictionary<string, JsonElement>? Values, YamlPath Path, string? Group)[]
        {
            (stage.Overrides, stagePath.Key("overrides"), null),
            (stage.Eval?.Inference, stagePath.Key("eval").Key("inference"), "inference"),
            (stage.Rft?.Rollout, stagePath.Key("rft").Key("rollout"), "rollout"),
        };
        foreach (var (values, path, group) in blocks)
        {
            foreach (var (key, value) in values ?? new Dictionary<string, JsonElement>())
            {
                yield return new OverrideEntry(key, value, path.Key(key), path.ToString(), group);
            }
        }
    }

    private sealed record OverrideEntry(string Key, JsonElement Value, YamlPath Path, string Block, string? Group);
}
