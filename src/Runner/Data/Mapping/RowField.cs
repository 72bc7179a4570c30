namespace NovaForge.Runner.Data.Mapping;

/// <summary>The fields a training or evaluation row is made of; a dataset's <c>columns</c> maps source columns to them.</summary>
public enum RowField
{
    Query,
    Response,
    System,
    ReferenceAnswer,
    Id,
    Metadata,
    Chosen,
    Rejected,
    Text,
}
