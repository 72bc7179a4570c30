using System.ComponentModel;
using System.Text.Json;

namespace NovaForge.Schema.Model;

/// <summary>A pipeline file: what to train, on which data, in which stages, and where to run it.</summary>
[Description("A NovaForge pipeline: datasets, the stages that customize an Amazon Nova model, and where they run.")]
public sealed record PipelineDefinition
{
    public const string NamePattern = "^[a-z0-9][a-z0-9-]{0,39}$";

    [SchemaRequired]
    [Description("The pipeline's name. It prefixes every job, endpoint and state file, so keep it short: lowercase letters, digits and '-', at most 40 characters.")]
    [SchemaPattern(NamePattern, "a lowercase name of letters, digits and '-' (at most 40 characters)")]
    [SchemaExamples("stack-overflow-quality", "support-tickets")]
    public string? Name { get; init; }

    [Description("What this pipeline is for, in a sentence.")]
    [SchemaExamples("Classify Stack Overflow questions by quality: baseline, SFT, RFT, deploy.")]
    public string? Description { get; init; }

    [SchemaRequired]
    [Description("The Amazon Nova model every stage starts from, unless a stage names another stage's output in 'from'.")]
    [CatalogValues(CatalogList.Models)]
    [SchemaExamples("nova-lite-2")]
    public string? Model { get; init; }

    [Description("Where stages run. Omit it to run on this machine ('kind: local').")]
    public RuntimeDefinition? Runtime { get; init; }

    [Description("Named values for '${{ vars.NAME }}' expressions anywhere in the file; '--set vars.NAME=VALUE' overrides them.")]
    [SchemaExamples("{ \"seed\": 42, \"bucket\": \"s3://my-bucket/novaforge\" }")]
    public Dictionary<string, JsonElement>? Vars { get; init; }

    [Description("Named datasets: a source file with a column mapping, or a mix of other datasets. Stages refer to them by name, or to a split part as 'name.part'.")]
    public Dictionary<string, DatasetDefinition>? Datasets { get; init; }

    [SchemaRequired]
    [Description("The stages, run in dependency order: each stage starts after the stages it names in 'from', 'judge' or its dataset.")]
    public List<StageDefinition>? Stages { get; init; }

    [Description("Limits checked before any job starts.")]
    public BudgetDefinition? Budget { get; init; }
}
