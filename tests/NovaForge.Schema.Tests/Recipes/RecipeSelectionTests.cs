using NovaForge.Schema.Catalog;
using NovaForge.Schema.Model;
using NovaForge.Schema.Recipes;
using static NovaForge.Schema.Tests.Recipes.StagePipelines;

namespace NovaForge.Schema.Tests.Recipes;

public sealed class RecipeSelectionTests
{
    [Theory]
    [InlineData(null, "nova_lite_1_0_p5_p4d_gpu_lora_sft", "ml.p5.48xlarge")]
    [InlineData("ml.p4d.24xlarge", "nova_lite_1_0_p5_p4d_gpu_lora_sft", "ml.p4d.24xlarge")]
    [InlineData("ml.g5.12xlarge", "nova_lite_1_0_g5_g6_12x_gpu_lora_sft", "ml.g5.12xlarge")]
    [InlineData("ml.g6.48xlarge", "nova_lite_1_0_g5_g6_48x_gpu_lora_sft", "ml.g6.48xlarge")]
    public void Instance_type_chooses_among_a_models_recipes(string? type, string recipe, string selectedType)
    {
        var (prepared, diagnostics) = Prepare(With("nova-lite", new StageDefinition { Kind = StageKind.Sft, Instances = type is null ? null : new InstancesDefinition { Type = type, Count = 1 } }));

        Assert.DoesNotContain(diagnostics, d => d.Code != "NF3106");
        Assert.Equal(recipe, prepared!.Selection.Recipe.Id);
        Assert.Equal(selectedType, prepared.Selection.InstanceType);
    }

    [Theory]
    [InlineData(false, "nova_lite_v2_smtj_p5_p5en_gpu_lora_rft", "training-job", 4)]
    [InlineData(true, "nova_lite_2_0_p5_gpu_lora_rft", "hyperpod", 2)]
    public void Platform_chooses_between_training_job_and_hyperpod_recipes(bool hyperpod, string recipe, string platform, int replicas)
    {
        var (prepared, diagnostics) = Prepare(With("nova-lite-2", new StageDefinition { Kind = StageKind.Rft }, hyperpod ? Hyperpod : TrainingJob));

        Assert.Empty(diagnostics);
        Assert.Equal(recipe, prepared!.Selection.Recipe.Id);
        Assert.Equal(platform, prepared.Selection.Platform);
        Assert.Equal(replicas, prepared.Selection.Replicas);
    }

    [Fact]
    public void Local_runtime_renders_the_training_job_recipe_or_the_only_one_there_is()
    {
        var local = new RuntimeDefinition { Kind = RuntimeKind.Local };

        Assert.Equal("nova_lite_v2_smtj_p5_p5en_gpu_lora_rft", Prepare(With("nova-lite-2", new StageDefinition { Kind = StageKind.Rft }, local)).Recipe!.Selection.Recipe.Id);
        Assert.Equal("nova_lite_2_0_p5x8_gpu_pretrain", Prepare(With("nova-lite-2", new StageDefinition { Kind = StageKind.Cpt }, local)).Recipe!.Selection.Recipe.Id);
    }

    [Theory]
    [InlineData("nova-lite", StageKind.Rft, "RFT is only available for nova-lite-2, not nova-lite")]
    [InlineData("nova-lite-2", StageKind.Dpo, "DPO is only available for nova-micro, nova-lite and nova-pro, not nova-lite-2")]
    public void A_kind_the_model_lacks_is_reported_at_the_stage_kind(string model, StageKind kind, string message)
    {
        var (prepared, diagnostics) = Prepare(With(model, new StageDefinition { Kind = kind }));

        Assert.Null(prepared);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("NF3101", diagnostic.Code);
        Assert.Equal("stages[0].kind", diagnostic.YamlPath);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cpt_runs_on_hyperpod_only()
    {
        var (_, diagnostics) = Prepare(With("nova-lite", new StageDefinition { Kind = StageKind.Cpt }));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("NF3104", diagnostic.Code);
        Assert.Contains("runs on hyperpod only, not on training-job", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("runtime.platform: hyperpod", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_method_without_a_recipe_is_reported_at_the_method()
    {
        var loraOnly = NovaCatalog.Default with { Recipes = [.. NovaCatalog.Default.Recipes.Where(r => r.Method != "full")] };
        var diagnostics = new List<Diagnostics.Diagnostic>();

        new StageRecipeBuilder(loraOnly).Prepare(With("nova-lite-2", new StageDefinition { Kind = StageKind.Sft, Method = TrainingMethod.Full }), 0, diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("NF3102", "stages[0].method", "Use method: lora."), (diagnostic.Code, diagnostic.YamlPath, diagnostic.Hint));
    }

    [Fact]
    public void Cpt_has_no_method()
    {
        var (_, diagnostics) = Prepare(With("nova-lite", new StageDefinition { Kind = StageKind.Cpt, Method = TrainingMethod.Lora }, Hyperpod));

        Assert.Equal(["NF3103"], diagnostics.Select(d => d.Code));
        Assert.Equal("stages[0].method", diagnostics[0].YamlPath);
    }

    [Fact]
    public void An_instance_type_no_recipe_allows_lists_the_allowed_ones()
    {
        var (_, diagnostics) = Prepare(With("nova-lite-2", new StageDefinition { Kind = StageKind.Sft, Instances = new InstancesDefinition { Type = "ml.g5.12xlarge" } }));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("NF3105", "stages[0].instances.type"), (diagnostic.Code, diagnostic.YamlPath));
        Assert.Equal("Use one of: ml.p5.48xlarge, ml.p5en.48xlarge, ml.p4d.24xlarge.", diagnostic.Hint);
    }

    [Fact]
    public void G5_dpo_recipes_run_on_training_jobs_only()
    {
        var stage = new StageDefinition { Kind = StageKind.Dpo, Instances = new InstancesDefinition { Type = "ml.g5.48xlarge", Count = 1 } };

        Assert.Empty(Prepare(With("nova-lite", stage)).Diagnostics);
        Assert.Equal(["NF3105"], Prepare(With("nova-lite", stage, Hyperpod)).Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("nova-lite-2", StageKind.Sft, 3, "training-job", "Use one of: 1, 4, 8, 16, 32.")]
    [InlineData("nova-lite", StageKind.Sft, 2, "training-job", "Use one of: 4, 8, 16.")]
    [InlineData("nova-lite-2", StageKind.Eval, 2, "hyperpod", "Use one of: 1.")]
    public void An_instance_count_outside_the_recipes_set_is_reported(string model, StageKind kind, int count, string platform, string hint)
    {
        var stage = new StageDefinition { Kind = kind, Instances = new InstancesDefinition { Count = count }, Eval = kind == StageKind.Eval ? new EvalDefinition { Task = "gen_qa" } : null };

        var (_, diagnostics) = Prepare(With(model, stage, platform == "hyperpod" ? Hyperpod : TrainingJob));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("NF3106", "stages[0].instances.count", hint), (diagnostic.Code, diagnostic.YamlPath, diagnostic.Hint));
    }

    [Theory]
    [InlineData("nova-micro", "mmmu", "NF3107")]
    [InlineData("nova-lite-2", "llm_judge", "NF3107")]
    [InlineData("nova-lite", "rubric_llm_judge", "NF3107")]
    public void An_eval_task_the_model_has_no_recipe_for_is_reported_at_the_task(string model, string task, string code)
    {
        var (_, diagnostics) = Prepare(With(model, new StageDefinition { Kind = StageKind.Eval, Eval = new EvalDefinition { Task = task } }));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((code, "stages[0].eval.task"), (diagnostic.Code, diagnostic.YamlPath));
    }

    [Fact]
    public void The_judge_task_for_nova_2_is_suggested()
    {
        var (_, diagnostics) = Prepare(With("nova-lite-2", new StageDefinition { Kind = StageKind.Eval, Eval = new EvalDefinition { Task = "llm_judge" } }));

        Assert.Contains("rubric_llm_judge", diagnostics[0].Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mmlu", null, "zs", null, null, "NF3108", "stages[0].eval.strategy")]
    [InlineData("mmlu", null, null, "exact_match", null, "NF3109", "stages[0].eval.metric")]
    [InlineData("mmlu", "abstract_algebr", null, null, null, "NF3110", "stages[0].eval.subtask")]
    [InlineData("gen_qa", "algebra", null, null, null, "NF3111", "stages[0].eval.subtask")]
    [InlineData("mmlu", null, null, null, "processor", "NF3112", "stages[0].eval.processor")]
    [InlineData("rft_eval", null, null, null, null, "NF3113", "stages[0].eval")]
    [InlineData("gen_qa", null, null, null, "reward", "NF3114", "stages[0].eval.reward")]
    public void Eval_settings_the_task_does_not_take_are_reported(string task, string? subtask, string? strategy, string? metric, string? extra, string code, string path)
    {
        var function = new FunctionReference { Lambda = RecipeStages.RewardArn };
        var eval = new EvalDefinition
        {
            Task = task,
            Subtask = subtask,
            Strategy = strategy,
            Metric = metric,
            Processor = extra == "processor" ? new ProcessorDefinition { Function = function } : null,
            Reward = extra == "reward" ? function : null,
        };

        var (_, diagnostics) = Prepare(With("nova-lite", new StageDefinition { Kind = StageKind.Eval, Eval = eval }));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((code, path), (diagnostic.Code, diagnostic.YamlPath));
    }

    [Fact]
    public void An_unknown_subtask_gets_a_suggestion()
    {
        var (_, diagnostics) = Prepare(With("nova-lite", new StageDefinition { Kind = StageKind.Eval, Eval = new EvalDefinition { Task = "mmlu", Subtask = "abstract_algebr" } }));

        Assert.Contains("Did you mean 'abstract_algebra'?", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_defaults_come_from_the_task()
    {
        var (prepared, _) = Prepare(With("nova-lite", new StageDefinition { Kind = StageKind.Eval, Eval = new EvalDefinition { Task = "bbh", Subtask = "navigate" } }));

        Assert.Equal(("fs_cot", "accuracy", "navigate"), (prepared!.Selection.Eval!.Strategy, prepared.Selection.Eval.Metric, prepared.Selection.Eval.Subtask));
        Assert.Equal("nova_lite_1_0_p5_48xl_gpu_general_text_benchmark_eval", prepared.Selection.Recipe.Id);
    }
}
