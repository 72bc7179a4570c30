using NovaForge.Runner.Local.Functions;
using NovaForge.Runner.Tests.Support;
using Xunit.Abstractions;
using NovaForge.Tests.Support;

namespace NovaForge.Runner.Tests.Local.Functions;

public sealed class ByomProcessorTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    [Fact]
    public async Task The_ticket_processor_preprocesses_prompts_and_scores_answers()
    {
        if (!Python.Available(output))
        {
            return;
        }

        await using var processor = Create(RepositoryPaths.InRepository("pipelines", "ticket_metrics.py"));
        const string gold = "{\"class\": \"network\", \"thought\": \"t\", \"description\": \"d\"}";

        var (pre, preProblem) = await processor.PreprocessAsync("row-1", "Subject: VPN\n\n\n\nIt drops.", gold, "sys", default);
        var (right, rightProblem) = await processor.PostprocessAsync("row-1", "p", gold, gold, default);
        var (wrong, _) = await processor.PostprocessAsync("row-2", "p", "{\"class\": \"access\"}", gold, default);
        var (notJson, _) = await processor.PostprocessAsync("row-3", "p", "network", gold, default);

        Assert.Null(preProblem);
        Assert.Equal("Subject: VPN\n\nIt drops.", pre!.Prompt);
        Assert.Equal("sys", pre.System);
        Assert.Null(rightProblem);
        Assert.Equal(1.0, right!.Single(m => m.Key == "class_accuracy").Value);
        Assert.Equal(1.0, right!.Single(m => m.Key == "schema_adherence").Value);
        Assert.Equal(0.0, wrong!.Single(m => m.Key == "class_accuracy").Value);
        Assert.Equal(0.0, wrong!.Single(m => m.Key == "schema_adherence").Value);
        Assert.Equal(0.0, notJson!.Single(m => m.Key == "json_valid").Value);
    }

    [Theory]
    [InlineData("return {'statusCode': 500, 'body': []}", "NF8020")]
    [InlineData("return {'statusCode': 200, 'body': {'metric': 'x'}}", "NF8021")]
    [InlineData("return {'statusCode': 200, 'body': [{'metric': 'x', 'value': 'high'}]}", "NF8021")]
    [InlineData("raise KeyError('gold')", "NF8004")]
    public async Task A_processor_breaking_the_contract_is_reported_with_the_sample(string body, string code)
    {
        if (!Python.Available(output))
        {
            return;
        }

        await using var processor = Create(directory.Write("processor.py", "def lambda_handler(event, context):\n    " + body + "\n"));

        var (metrics, problem) = await processor.PostprocessAsync("row-7", "p", "a", "g", default);

        Assert.Null(metrics);
        Assert.Equal(code, problem!.Code);
        Assert.Contains("row-7", problem.Message, StringComparison.Ordinal);
    }

    public void Dispose() => directory.Dispose();

    private ByomProcessor Create(string file) =>
        new(new PythonFunctionProcess(new FunctionProcessOptions { File = file, WorkingDirectory = directory.Path }));
}
