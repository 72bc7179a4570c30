using NovaForge.Runner.Evaluation.Byom;
using NovaForge.Runner.Evaluation.Inputs;
using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Runner.Evaluation.Scoring;
using NovaForge.Runner.Evaluation.Segments;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Tests.Evaluation.Metrics;

public class SegmentsAndByomTests
{
    [Theory]
    [InlineData("{\"difficulty\":\"easy\",\"domain\":\"IT_support\",\"n\":3,\"x\":{\"y\":true}}", "difficulty=easy;domain=IT_support;n=3;x.y=true")]
    [InlineData("priority-high", "metadata=priority-high")]
    [InlineData("", "")]
    [InlineData("{not json", "metadata={not json")]
    public void Metadata_fields_come_from_json_objects_or_short_text(string metadata, string expected)
    {
        Assert.Equal(expected, string.Join(';', MetadataFields.Parse(metadata).Select(f => $"{f.Key}={f.Value}")));
    }

    [Fact]
    public void Every_metric_is_broken_down_by_each_metadata_field_with_counts()
    {
        var scorer = new ExampleScorer(new ScoringOptions { BatchSize = 2 });
        scorer.Add(new EvalExample("yes", ["yes"]) { Metadata = "{\"difficulty\":\"easy\"}" });
        scorer.Add(new EvalExample("no", ["yes"]) { Metadata = "{\"difficulty\":\"hard\"}" });
        scorer.Add(new EvalExample("yes", ["yes"]) { Metadata = "{\"difficulty\":\"easy\"}" });

        var table = Assert.Single(scorer.Result().Segments);
        Assert.Equal("difficulty", table.Field);
        Assert.Equal([("easy", 2L, 1.0), ("hard", 1L, 0.0)], table.Rows.Select(r => (r.Value, r.Count, r.Metrics[GenQaMetricNames.ExactMatch].Value)));
    }

    [Fact]
    public void Too_many_values_share_an_other_row()
    {
        var breakdown = new SegmentBreakdown(null, null);
        var row = ScoredGenQaRow.Score("a", ["a"]);
        for (var i = 0; i < SegmentBreakdown.MaxValuesPerField + 5; i++)
        {
            breakdown.Add([KeyValuePair.Create("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture))], row, null);
        }

        var rows = Assert.Single(breakdown.Result()).Rows;
        Assert.Equal(SegmentBreakdown.MaxValuesPerField + 1, rows.Count);
        Assert.Equal(5, rows.Single(r => r.Value == SegmentBreakdown.Other).Count);
    }

    [Theory]
    [InlineData(Aggregation.Average, 2.0)]
    [InlineData(Aggregation.Min, 1.0)]
    [InlineData(Aggregation.Max, 3.0)]
    [InlineData(Aggregation.Sum, 6.0)]
    public void Byom_metrics_aggregate_as_the_processor_says(Aggregation aggregation, double expected)
    {
        var accumulator = new ByomMetricsAccumulator();
        foreach (var value in new[] { 1.0, 3.0, 2.0 })
        {
            accumulator.Add("tone", value);
        }

        Assert.Equal(expected, accumulator.Result(aggregation)["tone"].Value);
    }

    [Fact]
    public void Byom_postprocess_response_is_read_with_non_numeric_values_set_aside()
    {
        var response = System.Text.Json.Nodes.JsonNode.Parse("{\"statusCode\": 200, \"body\": [{\"metric\": \"tone\", \"value\": 0.5}, {\"metric\": \"label\", \"value\": \"x\"}]}");
        var (metrics, skipped) = ByomResponse.Parse(response);
        Assert.Equal([KeyValuePair.Create("tone", 0.5)], metrics);
        Assert.Equal(["label"], skipped);
    }

    [Fact]
    public void Prefetch_keeps_order_and_surfaces_errors_in_place()
    {
        Assert.Equal(Enumerable.Range(0, 1000), Prefetch.Ahead(Enumerable.Range(0, 1000), 7, CancellationToken.None));

        static IEnumerable<int> Failing()
        {
            yield return 1;
            throw new InvalidOperationException("bad row");
        }

        var seen = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() => seen.AddRange(Prefetch.Ahead(Failing(), 4, CancellationToken.None)));
        Assert.Equal(("bad row", 1), (error.Message, seen.Single()));
    }

    [Fact]
    public void Batched_parallel_scoring_equals_one_row_at_a_time()
    {
        var examples = Enumerable.Range(0, 50).Select(i => new EvalExample($"answer {i % 7} of {i % 3}", [$"answer {i % 5} of {i % 3}"])).ToList();
        var batched = new ExampleScorer(new ScoringOptions { BatchSize = 16 });
        var single = new ExampleScorer(new ScoringOptions { BatchSize = 1 });
        examples.ForEach(batched.Add);
        examples.ForEach(single.Add);

        Assert.Equal(single.Result().GenQa.Metrics, batched.Result().GenQa.Metrics);
    }
}
