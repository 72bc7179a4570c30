using System.ComponentModel;
using System.Text.Json.Serialization;
using NovaForge.Schema.Serialization;

namespace NovaForge.Schema.Model;

/// <summary>Source column names for each row field.</summary>
[Description("Which source column feeds each field. Only the fields a stage's method needs must be mapped. Leave 'columns' out when the columns already have the fields' names, or when JSONL rows are conversations ('messages') already.")]
public sealed record ColumnMapping
{
    [Description("The user prompt (the question).")]
    [SchemaExamples("Body", "question")]
    public string? Query { get; init; }

    [Description("The expected answer: the assistant turn for SFT, the gold response for evaluation.")]
    [SchemaExamples("Y", "answer")]
    public string? Response { get; init; }

    [Description("The system prompt of each row.")]
    [SchemaExamples("system", "instructions")]
    public string? System { get; init; }

    [Description("The reference answer an RFT reward function compares against; defaults to the 'response' column.")]
    [SchemaExamples("label", "Y")]
    public string? ReferenceAnswer { get; init; }

    [Description("A stable row id (otherwise the row number).")]
    [SchemaExamples("id", "ticket_id")]
    public string? Id { get; init; }

    [Description("Metadata passed through evaluation for per-segment analysis: one column whose value is passed as is, or a list of columns packed into a JSON object.")]
    [JsonConverter(typeof(StringOrListConverter))]
    [SchemaExamples("[\"difficulty\", \"domain\", \"priority\"]")]
    public List<string>? Metadata { get; init; }

    [Description("DPO: the preferred response.")]
    [SchemaExamples("chosen", "preferred")]
    public string? Chosen { get; init; }

    [Description("DPO: the rejected response.")]
    [SchemaExamples("rejected", "dispreferred")]
    public string? Rejected { get; init; }

    [Description("CPT: the raw text.")]
    [SchemaExamples("text", "body")]
    public string? Text { get; init; }

    [Description("Further columns copied into each row unchanged (RFT rows carry them to the reward function).")]
    [SchemaExamples("[\"customer_tier\", \"product\"]")]
    public List<string>? Extra { get; init; }
}
