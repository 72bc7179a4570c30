using System.ComponentModel;

namespace NovaForge.Schema.Model;

/// <summary>A named dataset: a source file read through a column mapping, or a mix of other datasets.</summary>
[SchemaExactlyOne("source", "mix")]
[Description("A dataset: a source file (CSV, JSONL or Parquet) read through a column mapping, or 'mix' of other datasets. Optionally sampled and split.")]
public sealed record DatasetDefinition
{
    public const string NamePattern = "^[a-z][a-z0-9_-]{0,39}$";

    [Description("Path of the data file, relative to the pipeline file.")]
    [SchemaExamples("data/stack-overflow.csv", "data/tickets.jsonl")]
    public string? Source { get; init; }

    [Description("File format; inferred from the extension (.csv, .jsonl, .parquet) when omitted.")]
    public DataFormat? Format { get; init; }

    [Description("CSV field delimiter.")]
    [SchemaDefault(",")]
    [SchemaExamples(",", ";", "\t")]
    public string? Delimiter { get; init; }

    [Description("Which source columns become which fields of the rows. Without it, each field is read from the column (or JSONL key) of its own name, and a JSONL row holding 'messages' is taken as a conversation already (Converse for sft and dpo, role/content messages for rft and rft_eval), checked row by row with the SDK's rules and passed on as it is.")]
    public ColumnMapping? Columns { get; init; }

    [Description("A fixed system prompt for every row, when the data has no system column.")]
    [SchemaExamples("Classify the support ticket as hardware, software, network or access.")]
    public string? SystemPrompt { get; init; }

    [Description("Datasets (or split parts, 'name.part') concatenated in order to make this one, e.g. RFT rows plus the SFT rows to prevent forgetting.")]
    [SchemaExamples("[\"questions.rft\", \"questions.sft\"]")]
    public List<string>? Mix { get; init; }

    [Description("Keep a random sample: a row count (>= 1) or a fraction (< 1). Deterministic for a given seed.")]
    [SchemaRange(0, 1_000_000_000)]
    [SchemaExamples(4700, 0.1)]
    public double? Sample { get; init; }

    [Description("Split into named parts by row count or fraction; stages use 'dataset: name.part'. Deterministic for a given seed.")]
    [SchemaExamples("{ \"sft\": 3500, \"eval\": 500, \"rft\": 700 }", "{ \"train\": 0.8, \"test\": 0.2 }")]
    public Dictionary<string, double>? Split { get; init; }

    [Description("Seed for sampling, splitting and shuffling.")]
    [SchemaDefault(42)]
    public int? Seed { get; init; }
}
