using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Records;
using NovaForge.Runner.Data.Validation.Conversations;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Validation;

/// <summary>
/// Checks each row against its format, at least as strictly as the SDK's validators: required fields present and not
/// blank (after trimming), text fields holding text, reserved keywords kept out of Converse training text, optional
/// fields in all rows or none, reference answers a non-empty string or object. Rows mapped from columns get their turns
/// from the formats (user then assistant, system first), so their roles cannot go wrong; rows that arrive as
/// conversations already are checked by <see cref="ConverseRules"/> (SFT, DPO) or <see cref="RftRules"/> (RFT), with
/// what the pipeline's model allows.
/// </summary>
public sealed class RowValidator(IRowFormat format, ProblemLog problems, ConversationModel model)
{
    private readonly OptionalFieldTracker optional = new();

    /// <summary>Reports the row's problems; true when it has none.</summary>
    public bool Validate(MappedRow row)
    {
        var errorsBefore = problems.ErrorCount;
        if (row.IsConversation && format is SftConverseFormat or DpoConverseFormat)
        {
            ConverseRules.Check(row, preference: format is DpoConverseFormat, format.ForbidsReservedKeywords, model, problems, optional);
            return problems.ErrorCount == errorsBefore;
        }

        if (row.IsConversation && format is RftFormat)
        {
            RftRules.Check(row, problems, optional);
            return problems.ErrorCount == errorsBefore;
        }

        foreach (var field in format.Required)
        {
            Check(row, field, required: true);
        }

        foreach (var field in format.Optional)
        {
            optional.Observe(field, Check(row, field, required: false), row, problems);
        }

        return problems.ErrorCount == errorsBefore;
    }

    /// <summary>Reports what is wrong with one field; returns whether the row has the field.</summary>
    private bool Check(MappedRow row, RowField field, bool required)
    {
        var value = row[field];
        if (!value.HasValue)
        {
            if (required)
            {
                var (at, column) = Locate(row, field);
                problems.Report(DiagnosticFactory.FieldMissing(at, row.Record.Row, field.Name(), column));
            }

            return false;
        }

        if (!IsAcceptedKind(field, value))
        {
            var (at, column) = Locate(row, field);
            problems.Report(DiagnosticFactory.FieldNotText(at, row.Record.Row, field.Name(), column, value.KindName));
            return true;
        }

        if (value.IsBlank || value.Text is "{}")
        {
            if (required)
            {
                var (at, column) = Locate(row, field);
                problems.Report(DiagnosticFactory.FieldEmpty(at, row.Record.Row, field.Name(), column));
            }

            return false;
        }

        if (format.ForbidsReservedKeywords && field.IsText() && ReservedKeywords.Find(value.Text) is { } keyword)
        {
            var (at, column) = Locate(row, field);
            problems.Report(DiagnosticFactory.ReservedKeyword(at, row.Record.Row, field.Name(), column, keyword));
        }

        return true;
    }

    /// <summary>Where a field is, worked out only when there is something to report: valid rows allocate nothing here.</summary>
    private static (SourceSpan At, string Column) Locate(MappedRow row, RowField field) => (row.Locate(field), row.ColumnOf(field));

    /// <summary>Text fields take strings, numbers and booleans; a reference answer may also be an object; metadata anything.</summary>
    private static bool IsAcceptedKind(RowField field, DataValue value) => field switch
    {
        RowField.Metadata => true,
        RowField.ReferenceAnswer => value.IsTextLike || value.KindName == "object",
        _ => value.IsTextLike,
    };
}
