namespace NovaForge.Runner.Data.Records;

/// <summary>
/// One row of a source file: its values by column, its 1-based row number, the physical line where it starts, and
/// (when its reader knows the layout) where each field starts.
/// </summary>
public sealed class DataRecord(ColumnSet columns, DataValue[] values, long row, long line, IFieldLocator? locator = null)
{
    public ColumnSet Columns { get; } = columns;

    /// <summary>The row number among data rows (the CSV header is not a row), 1-based.</summary>
    public long Row { get; } = row;

    /// <summary>The line of the file where the row starts (for Parquet, the row number).</summary>
    public long Line { get; } = line;

    public DataValue this[int position] => position >= 0 && position < values.Length ? values[position] : DataValue.Missing;

    public DataValue this[string column] => this[Columns.IndexOf(column)];

    /// <summary>Where the field at a column position starts; the row's first line, column 1, when the reader has no layout (JSONL).</summary>
    public (long Line, int Column) Locate(int position) => locator is not null && position >= 0 ? locator.Locate(this, position) : (Line, 1);
}
