using System.Text.Json.Nodes;
using NovaForge.Runner.Local.Functions;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Tests.Support;
using Xunit.Abstractions;

namespace NovaForge.Runner.Tests.Local.Functions;

public sealed class PythonRewardFunctionTests(ITestOutputHelper output) : IDisposable
{
    private const string Scoring = """
        def score(sample):
            answer = sample["messages"][-1]["content"]
            return {"id": sample["id"], "aggregate_reward_score": 1.0 if answer == sample["reference_answer"] else -1.0,
                    "metrics_list": [{"name": "match", "value": 1.0 if answer == sample["reference_answer"] else 0.0, "type": "Metric"}]}

        """;

    private readonly TemporaryDirectory directory = new();

    [Fact]
    public async Task Good_handler_scores_each_sample_in_batches()
    {
        if (!Python.Available(output))
        {
            return;
        }

        await using var reward = Create(Scoring + """
            def lambda_handler(event, context):
                print("scoring", len(event))  # prints go to the log, not into the protocol
                return [score(s) for s in event]
            """, batchSize: 2);

        var result = await reward.ScoreAsync(Samples(("a", "network", "network"), ("b", "hardware", "access"), ("c", "access", "access")), default);

        Assert.Empty(result.Diagnostics);
        Assert.Equal([1.0, -1.0, 1.0], result.Scores.Select(s => s!.Score));
        Assert.Equal("match", result.Scores[0]!.Metrics[0].Name);
    }

    [Fact]
    public async Task Handler_that_raises_is_reported_with_the_sample_and_the_line()
    {
        if (!Python.Available(output))
        {
            return;
        }

        await using var reward = Create(Scoring + """
            def lambda_handler(event, context):
                for s in event:
                    if s["reference_answer"] == "boom":
                        raise ValueError("cannot score " + s["id"])
                return [score(s) for s in event]
            """);

        var result = await reward.ScoreAsync(Samples(("a", "x", "x"), ("b", "x", "boom"), ("c", "x", "x")), default);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("NF8004", diagnostic.Code);
        Assert.Contains("ValueError: cannot score b", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("sample 'b'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(8, diagnostic.Location!.Line);
        Assert.All(result.Scores, Assert.Null);
    }

    [Fact]
    public async Task Handler_that_hangs_times_out_and_the_next_call_starts_afresh()
    {
        if (!Python.Available(output))
        {
            return;
        }

        await using var reward = Create(Scoring + """
            import time
            def lambda_handler(event, context):
                if event[0]["reference_answer"] == "slow":
                    time.sleep(60)
                return [score(s) for s in event]
            """, timeoutSeconds: 1);

        var slow = await reward.ScoreAsync(Samples(("a", "x", "slow")), default);
        var fast = await reward.ScoreAsync(Samples(("b", "x", "x")), default);

        Assert.Equal("NF8005", Assert.Single(slow.Diagnostics).Code);
        Assert.Contains("sample 'a'", slow.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.True(fast.Succeeded, string.Join("\n", fast.Diagnostics));
    }

    [Theory]
    [InlineData("return {'scores': []}", "NF8010", "'a'")]
    [InlineData("return [{'id': s['id'], 'aggregate_reward_score': 'high'} for s in event]", "NF8015", "sample 'a'")]
    [InlineData("return [{'id': s['id']} for s in event]", "NF8015", "is missing")]
    [InlineData("return [score(event[0])]", "NF8014", "sample 'b'")]
    [InlineData("return [score(event[0]), score(event[0]), score(event[1])]", "NF8013", "sample 'a'")]
    [InlineData("return [score(s) for s in event] + [{'id': 'zzz', 'aggregate_reward_score': 1}]", "NF8012", "'zzz'")]
    [InlineData("return {'errorMessage': 'bad input', 'errorType': 'ValueError'}", "NF8007", "bad input")]
    [InlineData("return [{'id': s['id'], 'aggregate_reward_score': float('nan')} for s in event]", "NF8008", "'a'")]
    [InlineData("return [{'id': s['id'], 'aggregate_reward_score': 1, 'metrics_list': [{'name': 'm'}]} for s in event]", "NF8016", "sample 'a'")]
    [InlineData("return ['ok' for s in event]", "NF8011", "item 1")]
    public async Task Malformed_output_is_a_diagnostic_naming_the_sample(string body, string code, string named)
    {
        if (!Python.Available(output))
        {
            return;
        }

        await using var reward = Create(Scoring + "def lambda_handler(event, context):\n    " + body + "\n");

        var result = await reward.ScoreAsync(Samples(("a", "x", "x"), ("b", "y", "y")), default);

        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Message.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lambda_style_envelope_with_a_json_body_is_accepted()
    {
        if (!Python.Available(output))
        {
            return;
        }

        await using var reward = Create(Scoring + """
            import json
            def lambda_handler(event, context):
                return {"statusCode": 200, "body": json.dumps([score(s) for s in event])}
            """);

        var result = await reward.ScoreAsync(Samples(("a", "x", "x")), default);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Files_that_cannot_load_or_lack_the_handler_are_reported_once()
    {
        if (!Python.Available(output))
        {
            return;
        }

        await using var broken = Create("def lambda_handler(event, context)\n    return []\n");
        await using var missing = Create("def handler(event, context):\n    return []\n");

        var syntax = await broken.ScoreAsync(Samples(("a", "x", "x"), ("b", "x", "x")), default);
        var noHandler = await missing.ScoreAsync(Samples(("a", "x", "x")), default);

        Assert.Equal("NF8002", Assert.Single(syntax.Diagnostics).Code);
        Assert.Contains("SyntaxError", syntax.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, syntax.Diagnostics[0].Location!.Line);
        Assert.Equal("NF8003", Assert.Single(noHandler.Diagnostics).Code);
    }

    [Fact]
    public async Task User_code_runs_in_the_given_folder_without_the_runners_credentials()
    {
        if (!Python.Available(output))
        {
            return;
        }

        var environment = new Dictionary<string, string> { ["PATH"] = Environment.GetEnvironmentVariable("PATH")!, ["AWS_SECRET_ACCESS_KEY"] = "secret", ["AWS_PROFILE"] = "prod" };
        await using var reward = Create("""
            import os
            def lambda_handler(event, context):
                clean = not any(k.startswith("AWS_") for k in os.environ)
                here = os.path.realpath(os.getcwd()) == os.path.realpath(event[0]["reference_answer"])
                return [{"id": s["id"], "aggregate_reward_score": 1.0 if clean and here else -1.0} for s in event]
            """, environment: name => environment.GetValueOrDefault(name));

        var result = await reward.ScoreAsync(Samples(("a", "x", directory.Path)), default);

        Assert.Equal(1.0, Assert.Single(result.Scores)!.Score);
    }

    public void Dispose() => directory.Dispose();

    private IRewardFunction Create(string source, int batchSize = 32, int timeoutSeconds = 30, Func<string, string?>? environment = null)
    {
        var file = directory.Write($"reward_{Guid.NewGuid():N}.py", source.ReplaceLineEndings("\n"));
        var spec = new FunctionSpec { PythonFile = file, BatchSize = batchSize, TimeoutSeconds = timeoutSeconds, WorkingDirectory = directory.Path };
        var (function, problem) = RewardFunctions.Create(spec, [], environment ?? Environment.GetEnvironmentVariable);
        Assert.Null(problem);
        return function!;
    }

    private static List<RewardSample> Samples(params (string Id, string Answer, string Reference)[] samples) =>
    [
        .. samples.Select(s => RewardSample.Create(s.Id, new JsonObject
        {
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "q" }),
            ["reference_answer"] = s.Reference,
        }, s.Answer)),
    ];
}
