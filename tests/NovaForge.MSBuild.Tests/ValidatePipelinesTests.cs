using Microsoft.Build.Utilities;
using NovaForge.MSBuild.Tests.Support;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.MSBuild.Tests;

/// <summary>The validation task in-process: what it logs for each diagnostic, and that it never lets an exception out.</summary>
public sealed class ValidatePipelinesTests
{
    private static string SamplePipeline(string name) =>
        RepositoryPaths.InRepository("tests", "NovaForge.MSBuild.Tests", "SampleProject", "pipelines", name);

    [Fact]
    public void Diagnostics_become_errors_and_warnings_with_code_file_line_column_and_help()
    {
        var pipeline = SamplePipeline("routing.draft.yaml");
        var engine = new RecordingBuildEngine();
        var task = new ValidatePipelines { BuildEngine = engine, Pipelines = [new TaskItem(pipeline)] };

        var succeeded = task.Execute();

        Assert.False(succeeded);
        Assert.Equal(["NF3019 13,14", "NF1001 22,5", "NF3002 27,11"], engine.Errors.Select(e => $"{e.Code} {e.LineNumber},{e.ColumnNumber}"));
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("NF3131 35,47", $"{warning.Code} {warning.LineNumber},{warning.ColumnNumber}");
        var columns = engine.Errors[0];
        Assert.Equal(pipeline, columns.File);
        Assert.Equal("column 'ticket_text' is not in 'data/tickets.csv'. Did you mean 'ticket'? (hint: Its columns: ticket, team.)", columns.Message);
        Assert.Equal("https://github.com/novaforge/NovaForge.Runner/blob/main/docs/diagnostics.md#nf3019", columns.HelpLink);
        Assert.Equal("NF3019", columns.HelpKeyword);
        // No span end: loggers would print "(13,14-25)", which problem matchers do not read.
        Assert.All(engine.Errors, e => Assert.Equal((0, 0), (e.EndLineNumber, e.EndColumnNumber)));
        Assert.Equal([SamplePipeline("data/tickets.csv")], task.ReadFiles.Select(f => f.ItemSpec));
    }

    [Fact]
    public void A_valid_pipeline_logs_only_the_summary()
    {
        var engine = new RecordingBuildEngine();
        var task = new ValidatePipelines { BuildEngine = engine, Pipelines = [new TaskItem(SamplePipeline("tickets.yaml"))] };

        var succeeded = task.Execute();

        Assert.True(succeeded);
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
        Assert.Equal("NovaForge: validated 1 pipeline file(s): 0 error(s), 0 warning(s).", Assert.Single(engine.Messages).Message);
    }

    [Fact]
    public void An_unexpected_failure_is_one_located_error_not_an_exception()
    {
        // A path the file system rejects makes the item's full path throw, which no check expects.
        var engine = new RecordingBuildEngine();
        var item = new TaskItem("pipelines/bad\0name.yaml");
        var task = new ValidatePipelines { BuildEngine = engine, Pipelines = [item] };

        var succeeded = task.Execute();

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NF7101", error.Code);
        Assert.Equal(item.ItemSpec, error.File);
        Assert.StartsWith("NovaForge failed while validating this pipeline: ", error.Message, StringComparison.Ordinal);
    }
}
