namespace NovaForge.Runner.State;

/// <summary>
/// Local paths in the state file are written relative to the pipeline's folder, so the file means the same on every
/// clone; URIs (s3://...) are kept as they are.
/// </summary>
public static class StatePaths
{
    public static string? ToState(string? location, string pipelineDirectory)
    {
        if (location is null || location.Contains("://", StringComparison.Ordinal) || !Path.IsPathFullyQualified(location))
        {
            return location;
        }

        return Path.GetRelativePath(pipelineDirectory, location).Replace('\\', '/');
    }

    public static string? FromState(string? location, string pipelineDirectory) =>
        location is null || location.Contains("://", StringComparison.Ordinal) ? location : Path.GetFullPath(location, pipelineDirectory);
}
