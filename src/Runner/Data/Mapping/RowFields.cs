namespace NovaForge.Runner.Data.Mapping;

/// <summary>How fields are named in pipelines and messages (the <c>columns</c> keys).</summary>
public static class RowFields
{
    public static string Name(this RowField field) => field switch
    {
        RowField.ReferenceAnswer => "reference_answer",
        _ => field.ToString().ToLowerInvariant(),
    };

    /// <summary>Fields that hold prose, as opposed to ids, metadata and reference answers (which may be JSON objects).</summary>
    public static bool IsText(this RowField field) => field is not (RowField.Metadata or RowField.ReferenceAnswer or RowField.Id);
}
