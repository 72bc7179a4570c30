using System.Runtime.CompilerServices;

namespace NovaForge.Runner.Tests.Support;

/// <summary>
/// Compares text to a committed golden file beside the calling test; NOVAFORGE_UPDATE_GOLDEN=1 rewrites the file instead.
/// </summary>
public static class GoldenFile
{
    public static void AssertMatches(string actual, string fileName, [CallerFilePath] string callerFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerFile)!, fileName);
        if (Environment.GetEnvironmentVariable("NOVAFORGE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the test with NOVAFORGE_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
