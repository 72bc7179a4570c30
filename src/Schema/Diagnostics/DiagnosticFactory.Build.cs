namespace NovaForge.Schema.Diagnostics;

public static partial class DiagnosticFactory
{
    /// <summary>The MSBuild task failed on a file in a way the checks did not foresee: one located error instead of a stack trace in the build log.</summary>
    public static Diagnostic BuildTaskFailed(string file, string action, string reason) =>
        Error("NF7101", $"NovaForge failed while {action} this pipeline: {reason}", "This is a bug in NovaForge, not necessarily in the pipeline: run 'novaforge validate' on the file and report the problem with the file attached.", SourceSpan.At(file, 1, 1));
}
