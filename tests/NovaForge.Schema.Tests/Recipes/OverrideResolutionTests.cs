using NovaForge.Schema.Model;
using NovaForge.Schema.Recipes;
using static NovaForge.Schema.Tests.Recipes.StagePipelines;

namespace NovaForge.Schema.Tests.Recipes;

public sealed class OverrideResolutionTests
{
    private static PipelineDefinition Sft2(string overrides, string model = "nova-lite-2") =>
        With(model, new StageDefinition { Id = "sft", Kind = StageKind.Sft, Overrides = Values(overrides) });

    private static PipelineDefinition Rft(string overrides, string? rollout = null) =>
        With("nova-lite-2", new StageDefinition
        {
            Id = "rft",
            Kind = StageKind.Rft,
            Overrides = Values(overrides),
            Rft = new RftDefinition { Reward = new FunctionReference { Lambda = RecipeStages.RewardArn }, Rollout = rollout is null ? null : Values(rollout) },
        });

    [Fact]
    public void Overrides_replace_defaults_and_aliases_resolve_to_the_recipes_spelling()
    {
        var (prepared, diagnostics) = Prepare(Sft2("""{ "lr": 5e-6, "loraplus_lr_ratio": 8, "max_steps": 40, "save_steps": 20 }"""));

        Assert.Empty(diagnostics);
        var values = prepared!.Parameters;
        Assert.Equal(("5.0e-06", "8.0", "40", "20"), (Text(values, "lr"), Text(values, "lora_plus_lr_ratio"), Text(values, "max_steps"), Text(values, "save_steps")));
        Assert.Equal("stages[0].overrides.loraplus_lr_ratio", values["lora_plus_lr_ratio"]!.OverriddenAt);
        Assert.Null(values["warmup_steps"]!.OverriddenAt);
    }

    [Fact]
    public void An_unknown_key_is_an_error_naming_the_stage_and_the_key_with_a_suggestion()
    {
        var (_, diagnostics) = Prepare(Sft2("""{ "lrr": 1e-5 }"""));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("NF3120", "stages[0].overrides.lrr"), (diagnostic.Code, diagnostic.YamlPath));
        Assert.Equal("stage 'sft': recipe nova_lite_2_0_p5_gpu_lora_sft has no parameter 'lrr'. Did you mean 'lr'?", diagnostic.Message);
    }

    [Fact]
    public void A_parameter_of_another_recipe_is_not_dropped_silently()
    {
        var (_, diagnostics) = Prepare(With("nova-lite-2", new StageDefinition
        {
            Id = "rft",
            Kind = StageKind.Rft,
            Overrides = Values("""{ "kl_loss_coef": 0.02 }"""),
            Rft = new RftDefinition { Reward = new FunctionReference { Lambda = RecipeStages.RewardArn } },
        }, Hyperpod));

        Assert.Equal(["NF3120"], diagnostics.Select(d => d.Code));
        Assert.Contains("recipe nova_lite_2_0_p5_gpu_lora_rft has no parameter 'kl_loss_coef'", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "warmup_steps": 500 }""", "NF3122", "warmup_steps", "stage 'sft': warmup_steps 500 is out of range [0, 100]")]
    [InlineData("""{ "lr": "fast" }""", "NF3121", "lr", "stage 'sft': 'lr' must be a number, got the string 'fast'")]
    [InlineData("""{ "max_steps": 10.5 }""", "NF3121", "max_steps", "stage 'sft': 'max_steps' must be an integer, got the number 10.5")]
    [InlineData("""{ "lr": null }""", "NF3121", "lr", "stage 'sft': 'lr' must be a number, got null")]
    [InlineData("""{ "reasoning_enabled": "yes" }""", "NF3121", "reasoning_enabled", "stage 'sft': 'reasoning_enabled' must be true or false, got the string 'yes'")]
    [InlineData("""{ "global_batch_size": 48 }""", "NF3123", "global_batch_size", "stage 'sft': global_batch_size 48 is not allowed by this recipe")]
    [InlineData("""{ "save_steps": 200 }""", "NF3127", "save_steps", "stage 'sft': save_steps 200 is greater than max_steps 100, so no checkpoint would be saved on schedule")]
    [InlineData("""{ "min_lr": 2e-5 }""", "NF3128", "min_lr", "stage 'sft': min_lr 2e-05 must be lower than lr 1e-05")]
    [InlineData("""{ "max_epochs": 3 }""", "NF3129", "max_epochs", "stage 'sft': Nova 2 Lite recipes count optimizer steps, not epochs; 'max_epochs' has no place in them")]
    public void Invalid_overrides_are_reported_at_the_key(string overrides, string code, string key, string message)
    {
        var (_, diagnostics) = Prepare(Sft2(overrides));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((code, $"stages[0].overrides.{key}", message), (diagnostic.Code, diagnostic.YamlPath, diagnostic.Message));
    }

    [Fact]
    public void Save_steps_above_an_overridden_max_steps_is_reported_at_max_steps_when_save_steps_is_a_default()
    {
        var (_, diagnostics) = Prepare(Sft2("""{ "max_steps": 20, "save_steps": 30 }"""));

        Assert.Equal(("NF3127", "stages[0].overrides.save_steps"), (diagnostics.Single().Code, diagnostics.Single().YamlPath));
    }

    [Fact]
    public void A_multiple_of_constraint_holds_on_g5_recipes()
    {
        var stage = new StageDefinition { Id = "sft", Kind = StageKind.Sft, Instances = new InstancesDefinition { Type = "ml.g5.12xlarge", Count = 1 }, Overrides = Values("""{ "max_length": 5000 }""") };

        var (_, diagnostics) = Prepare(With("nova-micro", stage));

        Assert.Equal(["NF3124"], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void An_instance_types_own_limit_applies()
    {
        var stage = new StageDefinition { Id = "dpo", Kind = StageKind.Dpo, Overrides = Values("""{ "max_length": 32768 }""") };
        var onP4d = stage with { Instances = new InstancesDefinition { Type = "ml.p4d.24xlarge" } };

        Assert.Empty(Prepare(With("nova-lite", stage)).Diagnostics);
        Assert.Equal(["NF3122"], Prepare(With("nova-lite", onP4d)).Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_key_set_twice_is_an_error_at_the_second()
    {
        var (_, sameBlock) = Prepare(Sft2("""{ "lora_plus_lr_ratio": 8, "loraplus_lr_ratio": 9 }"""));
        var (_, twoBlocks) = Prepare(Rft("""{ "top_k": 5 }""", """{ "top_k": 4 }"""));

        Assert.Equal(("NF3125", "stages[0].overrides.loraplus_lr_ratio"), (sameBlock.Single().Code, sameBlock.Single().YamlPath));
        Assert.Equal(("NF3125", "stages[0].rft.rollout.top_k"), (twoBlocks.Single().Code, twoBlocks.Single().YamlPath));
        Assert.Contains("first at stages[0].overrides.top_k", twoBlocks.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollout_and_inference_blocks_take_their_group_only()
    {
        var (_, rollout) = Prepare(Rft("{}", """{ "lr": 1e-5 }"""));
        var eval = new StageDefinition { Id = "eval", Kind = StageKind.Eval, Eval = new EvalDefinition { Task = "gen_qa", Inference = Values("""{ "top_logprobs": 10, "lr": 1e-5 }""") } };
        var (_, inference) = Prepare(With("nova-lite-2", eval));

        Assert.Equal(("NF3126", "stages[0].rft.rollout.lr"), (rollout.Single().Code, rollout.Single().YamlPath));
        Assert.Equal(["NF3120"], inference.Select(d => d.Code));
    }

    [Fact]
    public void Rollout_max_new_tokens_must_leave_room_for_the_prompt()
    {
        var (_, diagnostics) = Prepare(Rft("""{ "max_length": 4096 }""", """{ "max_new_tokens": 6000 }"""));

        Assert.Equal(("NF3130", "stages[0].rft.rollout.max_new_tokens"), (diagnostics.Single().Code, diagnostics.Single().YamlPath));
    }

    [Fact]
    public void Null_turns_reasoning_off_where_the_parameter_is_nullable()
    {
        var (prepared, diagnostics) = Prepare(Rft("""{ "reasoning_effort": null }"""));
        var (_, invalid) = Prepare(Rft("""{ "reasoning_effort": "medium" }"""));

        Assert.Empty(diagnostics);
        Assert.Equal("null", Text(prepared!.Parameters, "reasoning_effort"));
        Assert.Equal(["NF3123"], invalid.Select(d => d.Code));
    }

    [Fact]
    public void A_warmup_as_long_as_training_is_a_warning()
    {
        var (_, diagnostics) = Prepare(Sft2("""{ "max_steps": 10, "warmup_steps": 10 }"""));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("NF3131", Diagnostics.DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
    }

    [Fact]
    public void Overrides_the_schema_cannot_judge_are_located_in_the_pipeline_file()
    {
        var result = Load("""
            name: located
            model: nova-lite-2
            stages:
              - id: sft
                kind: sft
                overrides:
                  max_epochs: 2
            """);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code.StartsWith("NF31", StringComparison.Ordinal));
        Assert.Equal(("NF3129", 7), (diagnostic.Code, diagnostic.Location!.Line));
    }

    private static string? Text(ResolvedParameters values, string name) => YamlScalarText.Of(values[name]!);
}
