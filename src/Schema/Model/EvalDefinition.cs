using System.ComponentModel;
using System.Text.Json;

namespace NovaForge.Schema.Model;

/// <summary>What an eval stage measures and how the model is sampled.</summary>
[Description("Evaluation task and settings.")]
public sealed record EvalDefinition
{
    [SchemaRequired]
    [Description("The evaluation task: 'gen_qa' scores your dataset (ROUGE, BLEU, exact match, F1); benchmarks (mmlu, bbh, ...); 'llm_judge' compares two stages' answers; 'rft_eval' scores with a reward function.")]
    [CatalogValues(CatalogList.EvalTasks)]
    [SchemaExamples("gen_qa")]
    public string? Task { get; init; }

    [Description("A benchmark's subtask (e.g. an MMLU subject); omit for all.")]
    [SchemaExamples("abstract_algebra")]
    public string? Subtask { get; init; }

    [Description("Prompting strategy; defaults to the task's own.")]
    [CatalogValues(CatalogList.EvalStrategies)]
    public string? Strategy { get; init; }

    [Description("Metric; defaults to the task's own.")]
    [CatalogValues(CatalogList.EvalMetrics)]
    public string? Metric { get; init; }

    [Description("Inference settings: max_new_tokens, top_k, top_p, temperature, top_logprobs (0-20), reasoning_effort.")]
    [OverridesMap("inference")]
    public Dictionary<string, JsonElement>? Inference { get; init; }

    [Description("A bring-your-own-metrics processor (gen_qa only).")]
    public ProcessorDefinition? Processor { get; init; }

    [Description("llm_judge / rubric_llm_judge: the two eval stages whose answers are compared.")]
    public JudgeDefinition? Judge { get; init; }

    [Description("rft_eval: the reward function that scores each answer.")]
    public FunctionReference? Reward { get; init; }
}
