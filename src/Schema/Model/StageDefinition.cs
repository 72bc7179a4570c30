using System.ComponentModel;
using System.Text.Json;

namespace NovaForge.Schema.Model;

/// <summary>One step of the pipeline.</summary>
[Description("A stage: an evaluation, a training job (sft, dpo, rft, cpt) or a deployment.")]
public sealed record StageDefinition
{
    public const string IdPattern = "^[a-z][a-z0-9_-]{0,29}$";
    public const string BaseModel = "base";

    [SchemaRequired]
    [Description("The stage's id: unique, lowercase, at most 30 characters. Other stages refer to it in 'from' and 'judge'.")]
    [SchemaPattern(IdPattern, "a lowercase id of letters, digits, '_' and '-' (at most 30 characters)")]
    [SchemaExamples("baseline", "sft", "eval_sft")]
    public string? Id { get; init; }

    [SchemaRequired]
    [Description("What the stage does.")]
    public StageKind? Kind { get; init; }

    [Description("What this stage is for.")]
    [SchemaExamples("Supervised fine-tuning on the 3,500 SFT rows")]
    public string? Description { get; init; }

    [Description("Training stages: LoRA (parameter-efficient) or full-rank.")]
    [SchemaDefault("lora")]
    public TrainingMethod? Method { get; init; }

    [Description("The model this stage starts from: 'base' (the pipeline's model) or the id of a training stage whose checkpoint to use.")]
    [SchemaDefault(BaseModel)]
    [SchemaExamples("base", "sft")]
    public string? From { get; init; }

    [Description("The dataset to train or evaluate on: a dataset name, or 'name.part' for a part of a split.")]
    [SchemaExamples("questions.eval")]
    public string? Dataset { get; init; }

    [Description("Training stages: a dataset used for validation loss.")]
    [SchemaExamples("questions.validation")]
    public string? ValidationDataset { get; init; }

    [Description("Instances for the job or endpoint; defaults come from the recipe.")]
    public InstancesDefinition? Instances { get; init; }

    [Description("Recipe parameters by name (lr, warmup_steps, max_steps, global_batch_size, ...). The catalog knows each one's type and range for the chosen recipe; an unknown name is an error.")]
    [OverridesMap]
    public Dictionary<string, JsonElement>? Overrides { get; init; }

    [Description("Evaluation settings (kind: eval).")]
    public EvalDefinition? Eval { get; init; }

    [Description("Reinforcement fine-tuning settings (kind: rft).")]
    public RftDefinition? Rft { get; init; }

    [Description("Deployment settings (kind: deploy).")]
    public DeployDefinition? Deploy { get; init; }
}
