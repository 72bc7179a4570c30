namespace NovaForge.Runner.Tests.Data;

/// <summary>Compares output with a committed golden file beside these tests; NOVAFORGE_UPDATE_GOLDEN=1 rewrites it.</summary>
internal static class Golden
{
    public static void Matches(string name, string actual)
    {
        var path = Support.RepositoryPaths.InRepository("tests", "NovaForge.Runner.Tests", "Data", "Golden", name);
        if (Environment.GetEnvironmentVariable("NOVAFORGE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run with NOVAFORGE_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
