namespace NovaForge.Schema.Tests.Support;

/// <summary>Compares text with a committed golden file; NOVAFORGE_UPDATE_GOLDEN=1 rewrites the file instead.</summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("NOVAFORGE_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string goldenPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"golden file {goldenPath} is missing; run the tests with NOVAFORGE_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(goldenPath).ReplaceLineEndings("\n"), actual);
    }
}
