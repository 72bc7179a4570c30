using NovaForge.Runner.Data.Mapping;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Validation.Conversations;

/// <summary>
/// The problems of one conversation row, all located at the row's line (a JSONL row is one line; the message says
/// where in the row). Knows whether the row has had an error, so checks that need a sound row can wait for one.
/// </summary>
internal sealed class RowProblems(MappedRow row, ProblemLog problems, OptionalFieldTracker optional)
{
    private readonly long errorsBefore = problems.ErrorCount;

    public bool Any => problems.ErrorCount > errorsBefore;

    public void Roles(string problem) => problems.Report(DiagnosticFactory.RoleOrder(row.Position.At(), row.Record.Row, problem));

    public void Invalid(string problem) => problems.Report(DiagnosticFactory.ConversationInvalid(row.Position.At(), row.Record.Row, problem));

    public void Tools(string problem) => problems.Report(DiagnosticFactory.ToolUseInvalid(row.Position.At(), row.Record.Row, problem));

    public void NotForModel(string what, string model, string needed) => problems.Report(DiagnosticFactory.ContentNotForModel(row.Position.At(), row.Record.Row, what, model, needed));

    public void Unsupported(string where, string kind, string checks) => problems.Report(DiagnosticFactory.ContentNotSupported(row.Position.At(), row.Record.Row, where, kind, checks));

    public void Keyword(string where, string keyword) => problems.Report(DiagnosticFactory.ReservedKeyword(row.Position.At(), row.Record.Row, where, MappedRow.MessagesKey, keyword));

    public void Empty(string where) => problems.Report(DiagnosticFactory.FieldEmpty(row.Position.At(), row.Record.Row, where, MappedRow.MessagesKey));

    /// <summary>An optional key of the row, present in all rows or none.</summary>
    public void Observe(string key, bool present) => optional.Observe(key, present, row, problems);
}
