namespace NovaForge.Schema.Tests.Support;

/// <summary>Compares output with a committed golden file beside the test; NOVAFORGE_UPDATE_GOLDEN=1 rewrites it instead.</summary>
public static class GoldenFile
{
    public static void AssertMatches(string actual, params string[] relativePath)
    {
        var path = RepositoryPaths.InRepository(["tests", "NovaForge.Schema.Tests", .. relativePath]);
        if (Environment.GetEnvironmentVariable("NOVAFORGE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the test with NOVAFORGE_UPDATE_GOLDEN=1 to write it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
