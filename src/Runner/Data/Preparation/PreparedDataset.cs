using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Preparation;

/// <summary>
/// The outcome of preparing one stage's or dataset's rows. On success: the JSONL file (renamed into place only after
/// every row was valid), its row count, size and SHA-256 (of exactly the bytes written). On failure: no file, and the
/// diagnostics say why (the first problems in full, the total counted) and <see cref="ErrorCount"/> is the number of
/// errors found, listed or not.
/// </summary>
public sealed record PreparedDataset(string Path, string Format, long Rows, long Bytes, string? Sha256, IReadOnlyList<Diagnostic> Diagnostics, long ErrorCount)
{
    public bool Succeeded => Sha256 is not null && !Diagnostics.Any(d => d.IsError);
}
