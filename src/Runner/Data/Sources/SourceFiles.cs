using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Sources;

/// <summary>Opening source files for sequential reading, with failures turned into diagnostics.</summary>
internal static class SourceFiles
{
    public static FileStream? OpenRead(DataSourceFile source, ProblemLog problems)
    {
        try
        {
            return new FileStream(source.FullPath, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read,
                Options = FileOptions.SequentialScan,
                BufferSize = 0,
            });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.ReportFatal(DiagnosticFactory.DataFileUnreadable(source.DisplayPath, exception.Message));
            return null;
        }
    }

    /// <summary>The exception or one it wraps, of the given type (libraries wrap what a reader throws).</summary>
    public static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }

        return null;
    }
}
