using System.Globalization;
using NovaForge.Runner.Data.Records;
using Parquet;
using Parquet.Schema;

namespace NovaForge.Runner.Data.Sources;

/// <summary>Reads one Parquet column of a row group into <see cref="DataValue"/>s, by the column's CLR type.</summary>
internal static class ParquetValues
{
    public static bool CanRead(DataField field) => IsString(field) || Converters.ContainsKey(field.ClrType);

    public static DataValue[] Read(ParquetRowGroupReader group, DataField field, int rows, CancellationToken cancellation)
    {
        if (IsString(field))
        {
            var strings = new string?[rows];
            group.ReadAsync(field, strings.AsMemory(), null, cancellation).AsTask().GetAwaiter().GetResult();
            return Array.ConvertAll(strings, s => s is null ? DataValue.Null : DataValue.Of(s));
        }

        return Converters[field.ClrType](group, field, rows, cancellation);
    }

    /// <summary>Parquet.Net 6 describes UTF-8 columns as <see cref="ReadOnlyMemory{T}"/> of char; they read as strings.</summary>
    private static bool IsString(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private delegate DataValue[] ColumnConverter(ParquetRowGroupReader group, DataField field, int rows, CancellationToken cancellation);

    private static readonly Dictionary<Type, ColumnConverter> Converters = new()
    {
        [typeof(bool)] = Typed<bool>(b => new DataValue(DataValueKind.Boolean, b ? "true" : "false")),
        [typeof(byte)] = Typed<byte>(Number),
        [typeof(sbyte)] = Typed<sbyte>(Number),
        [typeof(short)] = Typed<short>(Number),
        [typeof(ushort)] = Typed<ushort>(Number),
        [typeof(int)] = Typed<int>(Number),
        [typeof(uint)] = Typed<uint>(Number),
        [typeof(long)] = Typed<long>(Number),
        [typeof(ulong)] = Typed<ulong>(Number),
        [typeof(decimal)] = Typed<decimal>(Number),
        [typeof(float)] = Typed<float>(f => Floating(f)),
        [typeof(double)] = Typed<double>(Floating),
        [typeof(DateTime)] = Typed<DateTime>(d => DataValue.Of(d.ToString("O", CultureInfo.InvariantCulture))),
        [typeof(DateOnly)] = Typed<DateOnly>(d => DataValue.Of(d.ToString("O", CultureInfo.InvariantCulture))),
        [typeof(TimeSpan)] = Typed<TimeSpan>(t => DataValue.Of(t.ToString("c", CultureInfo.InvariantCulture))),
    };

    private static ColumnConverter Typed<T>(Func<T, DataValue> convert)
        where T : struct => (group, field, rows, cancellation) =>
        {
            if (field.IsNullable)
            {
                var nullable = new T?[rows];
                group.ReadAsync(field, nullable.AsMemory(), null, cancellation).AsTask().GetAwaiter().GetResult();
                return Array.ConvertAll(nullable, v => v is { } value ? convert(value) : DataValue.Null);
            }

            var values = new T[rows];
            group.ReadAsync(field, values.AsMemory(), null, cancellation).AsTask().GetAwaiter().GetResult();
            return Array.ConvertAll(values, v => convert(v));
        };

    private static DataValue Number<T>(T value)
        where T : IFormattable => new(DataValueKind.Number, value.ToString(null, CultureInfo.InvariantCulture));

    /// <summary>JSON has no NaN or infinity: those become strings.</summary>
    private static DataValue Floating(double value) => double.IsFinite(value)
        ? new DataValue(DataValueKind.Number, value.ToString("R", CultureInfo.InvariantCulture))
        : DataValue.Of(value.ToString(CultureInfo.InvariantCulture));
}
