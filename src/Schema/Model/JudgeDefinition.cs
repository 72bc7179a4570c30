using System.ComponentModel;

namespace NovaForge.Schema.Model;

/// <summary>The two eval stages an LLM judge compares.</summary>
[Description("Compare two eval stages' answers to the same prompts: A is the baseline, B the challenger. Both presentation orders are judged.")]
public sealed record JudgeDefinition
{
    [SchemaRequired]
    [Description("The eval stage whose answers are response A (the baseline).")]
    [SchemaExamples("baseline", "eval_sft")]
    public string? Baseline { get; init; }

    [SchemaRequired]
    [Description("The eval stage whose answers are response B (the challenger).")]
    [SchemaExamples("eval_sft", "eval_rft")]
    public string? Challenger { get; init; }
}
