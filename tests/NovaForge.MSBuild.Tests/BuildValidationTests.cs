using NovaForge.MSBuild.Tests.Support;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.MSBuild.Tests;

/// <summary>
/// End to end: a project referencing the packed NovaForge.MSBuild, built with 'dotnet build'. One scenario on one
/// copy of the sample, because each build costs seconds: only the first build compiles and restores.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class BuildValidationTests(PackedFeed feed)
{
    private const string RenderRecipes = "-p:NovaForgeRenderRecipes=true";
    private const string ValidatedMessage = "NovaForge: validated ";

    public static string InvalidBuildGolden => RepositoryPaths.InRepository("tests", "NovaForge.MSBuild.Tests", "Golden", "invalid-build.txt");

    [Fact]
    public void The_build_validates_pipelines_incrementally_fails_on_invalid_ones_and_clean_removes_its_files()
    {
        var sample = feed.NewSample("build");

        // Valid pipelines (the invalid draft is NoValidate): the build passes and renders the recipes.
        var valid = sample.Build(RenderRecipes);

        Assert.True(valid.ExitCode == 0, valid.ToString());
        Assert.Contains("NovaForge: validated 1 pipeline file(s): 0 error(s), 0 warning(s).", valid.Output, StringComparison.Ordinal);
        Assert.Empty(SampleProject.DiagnosticLines(valid));
        Assert.Equal(["baseline.yaml", "eval_sft.yaml", "sft.yaml"], RecipeFiles(sample));

        // Nothing changed: validation is skipped, the recipes stay.
        var unchanged = sample.Build(RenderRecipes);

        Assert.True(unchanged.ExitCode == 0, unchanged.ToString());
        Assert.Contains("Skipping target \"NovaForgeValidatePipelines\" because all output files are up-to-date", unchanged.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ValidatedMessage, unchanged.Output, StringComparison.Ordinal);
        Assert.Equal(["baseline.yaml", "eval_sft.yaml", "sft.yaml"], RecipeFiles(sample));

        // Only the data file changes: the pipeline that was valid no longer is.
        var csv = sample.PathOf("pipelines/data/tickets.csv");
        var data = File.ReadAllText(csv);
        File.WriteAllText(csv, data.Replace("ticket,team", "text,team", StringComparison.Ordinal));

        var dataChanged = sample.Build(RenderRecipes);

        Assert.NotEqual(0, dataChanged.ExitCode);
        Assert.Equal(
            ["pipelines/tickets.yaml(13,14): error NF3019: column 'ticket' is not in 'data/tickets.csv'. (hint: Its columns: text, team.)"],
            SampleProject.DiagnosticLines(dataChanged));

        // The data is fixed and the draft becomes a pipeline: the build fails on the draft's lines.
        File.WriteAllText(csv, data);
        sample.PromoteDraft();

        var invalid = sample.Build(RenderRecipes);

        Assert.NotEqual(0, invalid.ExitCode);
        Assert.Contains("NovaForge: validated 2 pipeline file(s): 3 error(s), 1 warning(s).", invalid.Output, StringComparison.Ordinal);
        Golden.AssertMatches(InvalidBuildGolden, string.Join('\n', SampleProject.DiagnosticLines(invalid)) + "\n");

        // Validation switched off: the build passes with the invalid pipeline, whose recipes are not rendered.
        var skipped = sample.Build(RenderRecipes, "-p:NovaForgeSkipValidation=true");

        Assert.True(skipped.ExitCode == 0, skipped.ToString());
        Assert.DoesNotContain(ValidatedMessage, skipped.Output, StringComparison.Ordinal);
        Assert.Empty(SampleProject.DiagnosticLines(skipped));
        Assert.Contains("NovaForge: no recipes rendered for pipelines/routing.yaml: it is not valid", skipped.Output, StringComparison.Ordinal);
        Assert.Equal(["baseline.yaml", "eval_sft.yaml", "sft.yaml"], RecipeFiles(sample));

        // 'dotnet clean' removes what the package wrote.
        var clean = sample.Clean();

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Empty(RecipeFiles(sample));
        Assert.False(File.Exists(sample.PathOf("obj/Debug/net10.0/novaforge/validated.stamp")));
    }

    private static List<string> RecipeFiles(SampleProject sample)
    {
        var folder = sample.RecipeDirectory("tickets");
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)]
            : [];
    }
}
