namespace NovaForge.Runner.Data.Records;

/// <summary>Knows where a row's fields are in its file, for readers whose rows have a layout (CSV, Parquet).</summary>
public interface IFieldLocator
{
    /// <summary>The physical line and 1-based column where the field at <paramref name="position"/> starts.</summary>
    (long Line, int Column) Locate(DataRecord record, int position);
}
