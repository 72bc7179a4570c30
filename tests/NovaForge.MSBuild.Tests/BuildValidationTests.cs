using NovaForge.MSBuild.Tests.Support;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.MSBuild.Tests;

/// <summary>End to end: a project referencing the packed NovaForge.MSBuild, built with 'dotnet build'.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class BuildValidationTests(PackedFeed feed)
{
    public static string InvalidBuildGolden => RepositoryPaths.InRepository("tests", "NovaForge.MSBuild.Tests", "Golden", "invalid-build.txt");

    private const string ValidatedMessage = "NovaForge: validated ";

    [Fact]
    public void Valid_pipelines_build_incrementally_and_clean_removes_the_rendered_recipes()
    {
        var sample = feed.NewSample("valid");

        var first = sample.Build("-p:NovaForgeRenderRecipes=true");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("NovaForge: validated 1 pipeline file(s): 0 error(s), 0 warning(s).", first.Output, StringComparison.Ordinal);
        Assert.Empty(SampleProject.DiagnosticLines(first));
        Assert.Equal(["baseline.yaml", "eval_sft.yaml", "sft.yaml"], RecipeFiles(sample));

        var unchanged = sample.Build("-p:NovaForgeRenderRecipes=true");

        Assert.True(unchanged.ExitCode == 0, unchanged.ToString());
        Assert.Contains("Skipping target \"NovaForgeValidatePipelines\" because all output files are up-to-date", unchanged.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ValidatedMessage, unchanged.Output, StringComparison.Ordinal);
        Assert.Equal(["baseline.yaml", "eval_sft.yaml", "sft.yaml"], RecipeFiles(sample));

        // Only the data file changes: the pipeline that was valid no longer is.
        var csv = sample.PathOf("pipelines/data/tickets.csv");
        File.WriteAllText(csv, File.ReadAllText(csv).Replace("ticket,team", "text,team", StringComparison.Ordinal));

        var dataChanged = sample.Build("-p:NovaForgeRenderRecipes=true");

        Assert.NotEqual(0, dataChanged.ExitCode);
        Assert.Equal(
            ["pipelines/tickets.yaml(13,14): error NF3019: column 'ticket' is not in 'data/tickets.csv'. (hint: Its columns: text, team.)"],
            SampleProject.DiagnosticLines(dataChanged));

        var clean = sample.Clean();

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Empty(RecipeFiles(sample));
    }

    [Fact]
    public void An_invalid_pipeline_fails_the_build_on_its_lines_unless_validation_is_skipped()
    {
        var sample = feed.NewSample("invalid");
        sample.PromoteDraft();

        var failed = sample.Build();

        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("NovaForge: validated 2 pipeline file(s): 3 error(s), 1 warning(s).", failed.Output, StringComparison.Ordinal);
        Golden.AssertMatches(InvalidBuildGolden, string.Join('\n', SampleProject.DiagnosticLines(failed)) + "\n");

        var skipped = sample.Build("-p:NovaForgeSkipValidation=true");

        Assert.True(skipped.ExitCode == 0, skipped.ToString());
        Assert.DoesNotContain(ValidatedMessage, skipped.Output, StringComparison.Ordinal);
        Assert.Empty(SampleProject.DiagnosticLines(skipped));
    }

    private static List<string> RecipeFiles(SampleProject sample)
    {
        var folder = sample.RecipeDirectory("tickets");
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)]
            : [];
    }
}
