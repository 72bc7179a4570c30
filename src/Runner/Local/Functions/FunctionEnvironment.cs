namespace NovaForge.Runner.Local.Functions;

/// <summary>
/// The environment user functions run with: only what Python needs to start and find its packages. Nothing else of
/// the runner's environment passes through; in particular no AWS credentials or profiles.
/// </summary>
public static class FunctionEnvironment
{
    private static readonly string[] PassedThrough = ["PATH", "HOME", "USERPROFILE", "SYSTEMROOT", "TEMP", "TMP", "TMPDIR", "LANG", "PYTHONPATH", "VIRTUAL_ENV"];

    /// <summary>The variable naming the Python interpreter to use instead of python3.</summary>
    public const string PythonVariable = "NOVAFORGE_PYTHON";

    public static IReadOnlyDictionary<string, string> Minimal(Func<string, string?> source)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in PassedThrough)
        {
            if (source(name) is { Length: > 0 } value)
            {
                environment[name] = value;
            }
        }

        environment["PYTHONIOENCODING"] = "utf-8";
        environment["PYTHONDONTWRITEBYTECODE"] = "1";
        environment["PYTHONUNBUFFERED"] = "1";
        environment["NOVAFORGE_LOCAL"] = "1";
        return environment;
    }

    /// <summary>The interpreters to try, in order: NOVAFORGE_PYTHON if set, else python3 then python.</summary>
    public static IReadOnlyList<string> Interpreters(Func<string, string?> source) =>
        source(PythonVariable) is { Length: > 0 } python ? [python] : ["python3", "python"];
}
