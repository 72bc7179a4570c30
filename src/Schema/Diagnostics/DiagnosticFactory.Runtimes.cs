namespace NovaForge.Schema.Diagnostics;

public static partial class DiagnosticFactory
{
    public static Diagnostic RuntimeUnavailable(string runtime) =>
        Error("NF7001", $"this build of novaforge cannot submit jobs to the {runtime} runtime yet", "Validate, plan and render recipes now; run on this machine with --set runtime.kind=local.");

    public static Diagnostic NoJobForStage(string stage) =>
        Error("NF7002", $"stage '{stage}' has no job yet", "Run the pipeline first: 'novaforge run PIPELINE'.");

    public static Diagnostic JobNotFound(string stage, string job) =>
        Error("NF7003", $"the runtime does not know job {job} of stage '{stage}'", "Its records may have been deleted; 'novaforge run' submits it again.");
}
