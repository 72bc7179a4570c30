using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Functions;

/// <summary>Turns a failed function call into the diagnostic naming the file, the line and the sample.</summary>
public static class FunctionCallDiagnostics
{
    /// <summary>The diagnostic for a failed call; <paramref name="fatal"/> says whether further calls are pointless (the file cannot run at all).</summary>
    public static Diagnostic For(FunctionProcessOptions function, string role, FunctionCallResult call, string sampleId, int batchSize, out bool fatal)
    {
        var file = function.File;
        fatal = call.Status is FunctionCallStatus.LoadFailed or FunctionCallStatus.HandlerMissing or FunctionCallStatus.PythonMissing;
        var error = call.Error ?? new FunctionError("Error", string.Empty, null, string.Empty);
        return call.Status switch
        {
            FunctionCallStatus.PythonMissing => DiagnosticFactory.PythonNotFound(file),
            FunctionCallStatus.LoadFailed => DiagnosticFactory.FunctionLoadFailed(file, error.Type, error.Message, error.Line),
            FunctionCallStatus.HandlerMissing => DiagnosticFactory.HandlerMissing(file, error.Message),
            FunctionCallStatus.TimedOut => DiagnosticFactory.FunctionTimedOut(file, role, function.Timeout.TotalSeconds, sampleId, batchSize),
            FunctionCallStatus.Crashed => DiagnosticFactory.FunctionCrashed(file, role, sampleId, call.Output),
            _ when error.Type == "OutputNotJson" => DiagnosticFactory.FunctionOutputNotJson(file, role, sampleId, error.Message),
            _ => DiagnosticFactory.FunctionRaised(file, role, sampleId, error.Type, error.Message, error.Line),
        };
    }
}
