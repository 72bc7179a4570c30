namespace NovaForge.Runner.Data.Mapping;

/// <summary>How fields are named in pipelines and messages (the <c>columns</c> keys).</summary>
public static class RowFields
{
    /// <summary>The field's name, a constant string: asked for on every row, so nothing is allocated.</summary>
    public static string Name(this RowField field) => field switch
    {
        RowField.Query => "query",
        RowField.Response => "response",
        RowField.System => "system",
        RowField.ReferenceAnswer => "reference_answer",
        RowField.Id => "id",
        RowField.Metadata => "metadata",
        RowField.Chosen => "chosen",
        RowField.Rejected => "rejected",
        RowField.Text => "text",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>Fields that hold prose, as opposed to ids, metadata and reference answers (which may be JSON objects).</summary>
    public static bool IsText(this RowField field) => field is not (RowField.Metadata or RowField.ReferenceAnswer or RowField.Id);
}
