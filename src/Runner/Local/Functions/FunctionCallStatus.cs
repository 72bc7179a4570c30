namespace NovaForge.Runner.Local.Functions;

/// <summary>How a call to a user's function ended.</summary>
public enum FunctionCallStatus
{
    /// <summary>The handler returned a JSON-serializable value.</summary>
    Returned,

    /// <summary>The handler raised (or returned something that is not JSON).</summary>
    Raised,

    /// <summary>The call did not answer within the timeout; the process was killed.</summary>
    TimedOut,

    /// <summary>The file could not be loaded (syntax error, failing import).</summary>
    LoadFailed,

    /// <summary>The file has no function of the handler's name.</summary>
    HandlerMissing,

    /// <summary>The Python process exited unexpectedly.</summary>
    Crashed,

    /// <summary>No Python interpreter could be started.</summary>
    PythonMissing,
}
