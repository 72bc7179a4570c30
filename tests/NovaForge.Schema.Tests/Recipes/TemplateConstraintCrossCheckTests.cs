using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Schema.Catalog;
using Xunit.Abstractions;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>
/// The catalog's parameters against <c>nova_recipe_template_parameters.json</c>, where both describe the same knob:
/// type, enum, the bounds the table states, default, and the replica sets. Every difference must be one documented
/// here, with its reason; a documented difference that no longer occurs fails too, so the list stays true.
/// </summary>
public sealed class TemplateConstraintCrossCheckTests(ITestOutputHelper output)
{
    private const string FileWins = "the official recipe file's value wins over the templates JSON's default";

    /// <summary>"template variable aspect" to why the catalog deliberately differs.</summary>
    private static readonly IReadOnlyDictionary<string, string> Documented = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nova_sft max_epochs default"] = $"{FileWins}: the lite and micro p5 full-rank files train 1 epoch (JSON: 2)",
        ["nova_sft min_lr default"] = $"{FileWins}: full-rank files use 5e-7, below their lr 5e-6 as their comment requires (JSON: 1e-6)",
        ["nova_sft global_batch_size default"] = $"{FileWins}: the micro g5/g6 full-rank file uses 64 (JSON: 16)",
        ["nova_sft global_batch_size enum"] = "the Nova Pro files allow 16 and 32 only (JSON: also 64); a 64 would fail after the job starts",
        ["nova_lora_sft global_batch_size default"] = $"{FileWins}: the Pro LoRA file uses 32 (JSON: 64)",
        ["nova_lora_sft global_batch_size enum"] = "the Nova Pro files allow 16 and 32 only (JSON: also 64)",
        ["nova_dpo global_batch_size default"] = $"{FileWins}: the lite and micro DPO files use 64 (JSON: 32)",
        ["nova_dpo weight_decay default"] = $"{FileWins}: the DPO files use 0.01 (JSON: 0.0)",
        ["nova_lora_dpo global_batch_size default"] = $"{FileWins}: the lite and micro LoRA DPO files use 64 (JSON: 32)",
        ["nova_lora_dpo weight_decay default"] = $"{FileWins}: the DPO files use 0.01 (JSON: 0.0)",
        ["nova_lora_dpo learning_rate_ratio default"] = $"{FileWins}: LoRA DPO files use loraplus_lr_ratio 20.0 (JSON: 16.0)",
        ["nova_lora_dpo lora_alpha default"] = $"{FileWins}: LoRA DPO files use alpha 64 (JSON: 128)",
        ["nova_lora_sft_2_0 max_steps default"] = $"{FileWins}: 100 steps (JSON: 10)",
        ["nova_lora_sft_2_0 save_steps default"] = "the file interpolates ${oc.select:training_config.max_steps} (JSON: 10); the catalog leaves it unset so the template writes the interpolation",
        ["nova_lora_sft_2_0 replicas default"] = $"{FileWins}: one instance (JSON: 4)",
        ["nova_lora_sft_2_0 replicas enum"] = "the file's comment allows 1, 4, 8, 16, 32 (JSON: 4, 8, 16, 32)",
        ["nova_lora_sft_2_0 global_batch_size enum"] = "the SFT 2.0 files allow 32, 64 and 128 only (JSON: also 256)",
        ["nova_sft_2_0 save_steps default"] = "the file interpolates max_steps (JSON: 100)",
        ["nova_sft_2_0 global_batch_size enum"] = "the SFT 2.0 files allow 32, 64 and 128 only (JSON: also 256)",
        ["nova_lora_rft max_steps default"] = $"{FileWins}: 100 steps (JSON: 10)",
        ["nova_lora_rft save_steps default"] = "the file interpolates ${oc.select:training_config.trainer.max_steps} (JSON: 10)",
        ["nova_lora_rft lora_alpha enum"] = "the HyperPod LoRA file allows 32 to 192 (JSON: 16, 32, 64); the catalog keeps what both allow, 32 and 64",
        ["nova_rft max_steps default"] = $"{FileWins}: 100 steps (JSON: 10)",
        ["nova_rft save_steps default"] = "the file interpolates max_steps (JSON: 10)",
        ["nova_rft replicas default"] = $"{FileWins}: 2 instances (JSON: 4)",
        ["nova_smtj_lora_rft learning_rate default"] = $"{FileWins}: lr 1e-4 (JSON: 1e-5)",
        ["nova_smtj_lora_rft max_steps default"] = $"{FileWins}: 5 steps (JSON: 10)",
        ["nova_smtj_lora_rft save_steps default"] = "the file interpolates max_steps (JSON: 10)",
        ["nova_smtj_rft learning_rate default"] = $"{FileWins}: lr 1e-4 (JSON: 1e-5)",
        ["nova_smtj_rft max_steps default"] = $"{FileWins}: 5 steps (JSON: 10)",
        ["nova_smtj_rft save_steps default"] = "the file interpolates max_steps (JSON: 10)",
        ["nova_llm_judge_eval max_new_tokens missing"] = "the Nova 1 judge files have no max_new_tokens key, so the recipe has no place for it and an override is an error",
        ["nova_llm_judge_eval top_k default"] = $"{FileWins}: judge files sample with top_k 50 (JSON: -1)",
    };

    [Fact]
    public void Template_constraints_agree_or_differ_for_a_documented_reason()
    {
        if (OfficialRecipes.FolderOrSkip(output) is not { } folder)
        {
            return;
        }

        var catalog = NovaCatalog.Default;
        var table = new TemplateParameterTable(OfficialRecipes.ReadJson(folder, "nova_recipe_template_parameters.json"));
        var found = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var recipe in catalog.Recipes)
        {
            if (TemplateParameterTable.TemplateOf(recipe, catalog.Models[recipe.Model]) is not { } template)
            {
                continue;
            }

            var parameters = catalog.ParametersOf(recipe);
            foreach (var variable in table.Variables(template))
            {
                foreach (var (aspect, detail) in Compare(table, template, variable, recipe, parameters))
                {
                    var key = $"{template} {variable} {aspect}";
                    found.TryAdd(key, []);
                    found[key].Add($"{recipe.Id}: {detail}");
                }
            }
        }

        foreach (var (key, details) in found)
        {
            output.WriteLine($"{key}: {(Documented.TryGetValue(key, out var why) ? why : "UNDOCUMENTED")}");
            details.ForEach(d => output.WriteLine($"    {d}"));
        }

        Assert.Empty(found.Keys.Except(Documented.Keys));
        Assert.Empty(Documented.Keys.Except(found.Keys));
    }

    private static IEnumerable<(string Aspect, string Detail)> Compare(TemplateParameterTable table, string template, string variable, RecipeInfo recipe, IReadOnlyDictionary<string, RecipeParameter> parameters)
    {
        JsonNode? Upstream(string constraint) => table.Constraint(template, variable, recipe.Id, constraint);
        if (variable == "replicas")
        {
            if (Upstream("enum") is JsonArray allowed && !allowed.Select(v => v!.GetValue<int>()).SequenceEqual(recipe.Replicas.Allowed))
            {
                yield return ("enum", $"JSON {allowed.ToJsonString()}, catalog [{string.Join(", ", recipe.Replicas.Allowed)}]");
            }

            if (Upstream("default") is JsonValue replicas && replicas.GetValue<int>() != recipe.Replicas.Default)
            {
                yield return ("default", $"JSON {replicas.ToJsonString()}, catalog {recipe.Replicas.Default}");
            }

            yield break;
        }

        if (TemplateParameterTable.RunVariables.Contains(variable))
        {
            yield break;
        }

        if (!parameters.TryGetValue(TemplateParameterTable.ParameterOf(variable), out var parameter))
        {
            yield return ("missing", "no such parameter");
            yield break;
        }

        var type = Upstream("type")?.GetValue<string>() switch { "float" => "number", var other => other };
        if (type != parameter.Type)
        {
            yield return ("type", $"JSON {type}, catalog {parameter.Type}");
        }

        if (Upstream("enum") is JsonArray values)
        {
            var catalogEnum = parameter.Enum?.Select(e => e.GetDouble()).ToList() ?? [];
            if (!values.Select(v => v!.GetValue<double>()).SequenceEqual(catalogEnum))
            {
                yield return ("enum", $"JSON {values.ToJsonString()}, catalog [{string.Join(", ", catalogEnum)}]");
            }
        }

        foreach (var (bound, catalogBound) in new[] { ("min", parameter.Minimum), ("max", parameter.Maximum) })
        {
            if (Upstream(bound) is JsonValue stated && stated.GetValue<double>() != catalogBound)
            {
                yield return (bound, $"JSON {stated.ToJsonString()}, catalog {catalogBound}");
            }
        }

        if (!SameDefault(Upstream("default"), parameter.Default))
        {
            yield return ("default", $"JSON {Upstream("default")?.ToJsonString()}, catalog {parameter.Default?.GetRawText() ?? "unset"}");
        }
    }

    private static bool SameDefault(JsonNode? upstream, JsonElement? catalog) => (upstream, catalog) switch
    {
        (null, null) => true,
        (JsonValue u, { ValueKind: JsonValueKind.Number } c) when u.GetValueKind() == JsonValueKind.Number => u.GetValue<double>() == c.GetDouble(),
        (JsonValue u, { } c) => u.ToJsonString() == c.GetRawText(),
        _ => false,
    };
}
