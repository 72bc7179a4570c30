namespace NovaForge.Runner.Cli;

/// <summary>Process exit codes, stable for scripts and CI.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Invalid input (a pipeline with errors) or a failed run.</summary>
    public const int Failure = 1;

    /// <summary>Bad command-line usage. For <c>plan</c>: there is work to do (as <c>terraform plan -detailed-exitcode</c>).</summary>
    public const int Usage = 2;

    public const int WorkToDo = 2;

    /// <summary>A bug in novaforge (an unexpected exception), as sysexits' EX_SOFTWARE: never a user's mistake.</summary>
    public const int InternalError = 70;

    /// <summary>Ctrl-C: the run detached from (or stopped) its jobs, as shells report SIGINT.</summary>
    public const int Interrupted = 130;
}
