using NovaForge.Runner.Evaluation.Judge;
using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Runner.Evaluation.Scoring;

namespace NovaForge.Runner.Tests.Evaluation.Outputs;

public sealed class EvalOutputRoundTripTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nf-eval-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Written_gen_qa_output_reads_back_the_same_rows_and_metrics()
    {
        EvalExample[] examples =
        [
            new("HQ", ["HQ"]) { Prompt = "q1", Metadata = "{\"difficulty\":\"easy\"}", Logprobs = [new TokenLogprobs([KeyValuePair.Create("▁HQ", -0.1), KeyValuePair.Create("▁LQ", -2.5)])], Metrics = new Dictionary<string, double> { ["my_metric"] = 0.5 } },
            new("It's 'LQ_EDIT'\n", ["LQ_CLOSE"]) { Prompt = "q2", Metadata = "{\"difficulty\":\"hard\"}" },
            new("LQ_CLOSE", ["LQ_CLOSE"]) { Prompt = "q3" },
        ];
        var time = new DateTimeOffset(2025, 6, 26, 22, 2, 9, TimeSpan.Zero).AddTicks(8176750);

        var written = await EvalOutputWriter.WriteGenQaAsync(folder, examples, new ScoringOptions(), time);
        var output = EvalOutput.Open(folder);

        Assert.EndsWith(Path.Combine("eval_results", "results_2025-06-26T22-02-09.817675.json"), output.ResultsFile);
        Assert.EndsWith(Path.Combine("details", "model", "2025-06-26T22-02-09.817675", "details_gen_qa_#_2025-06-26T22-02-09.817675.parquet"), Assert.Single(output.DetailsFiles));
        var results = output.ReadResults()!;
        Assert.Equal([GenQaMetricNames.ResultsTaskKey, EvalResults.AllKey], results.Tasks.Keys);
        Assert.Equal(written.GenQa.Metrics[GenQaMetricNames.ExactMatch].Value, results.Primary["em"]);
        Assert.Equal(0.5, results.Primary["my_metric"]);

        var fromParquet = output.Examples().ToList();
        var fromJsonl = InferenceOutputFile.Read(Assert.Single(output.InferenceFiles)).ToList();
        Assert.Equal(examples.Select(e => e.Prediction).Order(), fromParquet.Select(e => e.Prediction).Order());
        Assert.Equal(fromParquet.Select(e => (e.Prediction, e.References[0], e.Metadata, e.Prompt)), fromJsonl.Select(e => (e.Prediction, e.References[0], e.Metadata, e.Prompt)));
        var withLogprobs = fromParquet.Single(e => e.Prompt == "q1");
        Assert.Equal(-2.5, withLogprobs.Logprobs![0].Candidates[1].Value);
        Assert.Equal(0.5, withLogprobs.Metrics!["my_metric"]);

        // Rows are written in lighteval's logged order: Random(42).shuffle([0, 1, 2]) -> [1, 0, 2]... whatever it is, the same as LightevalOrder.
        var order = NovaForge.Runner.Evaluation.Sampling.LightevalOrder.Permutation(3);
        Assert.Equal(order.Select(i => examples[i].Prompt), fromParquet.Select(e => e.Prompt));
    }

    [Fact]
    public void Written_judge_output_reads_back()
    {
        JudgmentRow[] rows = [new() { Prompt = "p", ResponseA = "a", ResponseB = "b", PreferenceAb = JudgePreference.B, PreferenceBa = JudgePreference.Tie, RationaleAb = "B is right" }];
        EvalOutputWriter.WriteJudge(folder, rows, DateTimeOffset.UnixEpoch);
        var output = EvalOutput.Open(folder);

        Assert.Equal(rows, output.Judgments());
        Assert.Equal(1.0, output.ReadResults()!.Primary["b_scores"]);
        Assert.Contains("\"preference_ab\":\"B\"", File.ReadAllText(output.JudgmentsFile!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("['32']", "32")]
    [InlineData("[\"it's\"]", "it's")]
    [InlineData("plain text", "plain text")]
    [InlineData("['a\\nb\\'c\\\\']", "a\nb'c\\")]
    public void Inference_strings_are_python_list_literals(string inference, string expected)
    {
        Assert.Equal(expected, InferenceOutputFile.PredictionOf(inference));
    }

    [Fact]
    public void Python_repr_round_trips()
    {
        foreach (var text in new[] { "it's", "say \"hi\"", "both ' and \"", "tab\tnew\nline", "▁HQ", "\u0001" })
        {
            Assert.Equal([text], PythonLiteral.TryParseStringList(PythonLiteral.ReprList([text])));
        }

        Assert.Equal("['it\\'s and \"x\"']", PythonLiteral.ReprList(["it's and \"x\""]));
        Assert.Equal("[\"it's\"]", PythonLiteral.ReprList(["it's"]));
    }

    [Fact]
    public void Logprobs_parse_from_the_container_literal()
    {
        var positions = DetailsParquetFile.ParseLogprobs("[{'▁HQ': -0.0123, '▁LQ': -4.5}, {'<eos>': -1e-05}]")!;
        Assert.Equal(2, positions.Count);
        Assert.Equal(("▁HQ", -0.0123), (positions[0].Chosen.Key, positions[0].Chosen.Value));
    }
}
