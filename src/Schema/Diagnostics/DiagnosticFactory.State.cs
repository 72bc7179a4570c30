namespace NovaForge.Schema.Diagnostics;

public static partial class DiagnosticFactory
{
    public static Diagnostic StateCorrupt(string file, string problem) =>
        Error("NF6001", $"the state file is corrupt: {problem}", $"It was not changed. Restore it from git or from '{Path.GetFileName(file)}.bak', or move it aside to start over (completed jobs would then run again).", SourceSpan.At(file, 1, 1));

    public static Diagnostic StateForeign(string file, string problem) =>
        Error("NF6002", $"the state file belongs elsewhere: {problem}", "It was not changed. Is this the right pipeline? Move the file aside if it is stale.", SourceSpan.At(file, 1, 1));

    public static Diagnostic PipelineLocked(string file, string holder) =>
        Error("NF6003", $"another run holds the lock: {holder}", "Wait for it to finish, or stop it; a lock left by a dead process is taken over automatically.", SourceSpan.At(file, 1, 1));

    public static Diagnostic StateUnwritable(string file, string problem) =>
        Error("NF6004", $"cannot write the state file: {problem}", "Check the folder's permissions and free disk space.", SourceSpan.At(file, 1, 1));

    public static Diagnostic UnknownStageOption(string option, string id, IEnumerable<string> known) =>
        Error("NF6005", $"{option}: there is no stage '{id}'.{DidYouMean(Suggest.Closest(id, known))}", $"Stages: {OneOf(known)}.");

    public static Diagnostic EmptySelection(string selection, IEnumerable<string> order) =>
        Error("NF6013", $"{selection} selects no stage", $"Stages run in this order: {string.Join(", ", order)}; --from must not come after --to.");

    public static Diagnostic StageFailed(string stage, string job, string reason) =>
        Error("NF6006", $"stage '{stage}' failed (job {job}): {reason}", $"See 'novaforge logs PIPELINE {stage}'; fix the cause and run again (completed stages are kept).");

    public static Diagnostic StageNotStarted(string stage, string because) =>
        Warning("NF6007", $"stage '{stage}' did not start: {because}", "It runs once the stages it depends on succeed.");

    public static Diagnostic NoState(string file) =>
        Info("NF6008", "nothing has run yet: there is no state file", $"'novaforge run' creates {Path.GetFileName(file)}.", SourceSpan.At(file, 1, 1));

    public static Diagnostic DataPreparationFailed(string stage, string dataset) =>
        Error("NF6009", $"stage '{stage}': dataset '{dataset}' has invalid rows; nothing was submitted", "Fix the rows listed above (file, line and column are given) and run again.");

    public static Diagnostic StageBlocked(string stage, string because, IReadOnlyList<string> needed, string path) =>
        Error("NF6010", $"stage '{stage}' is selected but blocked: {because}", $"Nothing was submitted: it would read stale outputs. Select {string.Join(", ", needed.Select(n => $"'{n}'"))} as well (--only {string.Join(" --only ", needed.Append(stage))}), start from '{needed[0]}' (--from {needed[0]}), or run without --only/--from/--to.", path: path);

    public static Diagnostic EarlierJobRunning(string stage, string job, string state, string path) =>
        Error("NF6011", $"stage '{stage}': job {job} of an earlier configuration is still {state}; a new job would run beside it", "Nothing was submitted. Wait for it to end and run again (its outcome is then recorded), stop it and submit the new configuration with 'novaforge run --replace-running', or undo the change and run again to re-attach to it.", path: path);

    public static Diagnostic FileSystemRefused(string problem) =>
        Error("NF6012", $"the file system refused: {problem}", "Check that the folders novaforge writes (the pipeline's, .novaforge beside it, runtime.storage on the local runtime) are folders, writable, and on a disk with room; then run again (the state file keeps what was recorded).");
}
