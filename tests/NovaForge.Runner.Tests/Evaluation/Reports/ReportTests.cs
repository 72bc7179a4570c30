using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Reports;
using NovaForge.Runner.Evaluation.Reports.Rendering;
using NovaForge.Tests.Support;

namespace NovaForge.Runner.Tests.Evaluation.Reports;

public sealed class ReportTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture fixture;

    public ReportTests(ReportFixture fixture) => this.fixture = fixture;

    [Fact]
    public void Comparison_table_has_every_stage_and_the_delta_to_the_first()
    {
        var report = ReportBuilder.Build(fixture.Stages, ReportFixture.Options);

        Assert.Empty(report.Diagnostics);
        var em = report.Comparison.Single(r => r.Metric == GenQaMetricNames.ExactMatch);
        Assert.Equal(MetricSource.Reported, em.Values[1]!.Source);

        // Hand count: SFT is wrong on rows 1, 4, 7, ... (10 of 30), RFT on rows 1, 8, 15, 22, 29 (5 of 30); baseline is verbose.
        Assert.Equal([0.0, 20 / 30.0, 25 / 30.0], em.Values.Take(3).Select(v => v!.Value), new RoundedComparer());
        Assert.Equal(25 / 30.0 - 0.0, em.DeltaToFirst[2]!.Value, 12);
        var accuracy = report.Comparison.Single(r => r.Metric == AnalysisMetricNames.Accuracy);
        Assert.Equal(MetricSource.Computed, accuracy.Values[0]!.Source);

        // Baseline: 6 of 30 answers have no label; of the 24 labelled, rows 1, 3, 7, ... (i % 2 == 1, not i % 5 == 0) are wrong.
        Assert.Equal(12 / 30.0, accuracy.Values[0]!.Value, 12);
        Assert.Null(em.Values[3]);
    }

    [Fact]
    public void Stage_without_output_becomes_a_diagnostic_and_the_rest_is_reported()
    {
        var report = ReportBuilder.Build([.. fixture.Stages.Take(1), new ReportStageInput("missing", "gen_qa", Path.Combine(fixture.Root, "nope"))], ReportFixture.Options);

        Assert.Equal("NF9010", Assert.Single(report.Diagnostics).Code);
        Assert.Equal(2, report.Stages.Count);
        Assert.NotEmpty(report.Stages[0].Metrics);
    }

    [Theory]
    [InlineData(ReportFormat.Markdown, "report.golden.md")]
    [InlineData(ReportFormat.Html, "report.golden.html")]
    [InlineData(ReportFormat.Json, "report.golden.json")]
    public void Rendered_report_matches_its_golden_file(ReportFormat format, string golden)
    {
        var text = ReportRenderers.For(format).Render(ReportBuilder.Build(fixture.Stages, ReportFixture.Options));
        var portable = text.Replace(fixture.Root.Replace("\\", "\\\\", StringComparison.Ordinal), "<root>", StringComparison.Ordinal).Replace(fixture.Root, "<root>", StringComparison.Ordinal);
        Golden.AssertMatches(RepositoryPaths.InRepository("tests", "NovaForge.Runner.Tests", "Evaluation", "Reports", golden), portable);
    }

    [Fact]
    public void Html_is_self_contained()
    {
        var html = ReportRenderers.For(ReportFormat.Html).Render(ReportBuilder.Build(fixture.Stages, ReportFixture.Options));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.True(html.Split("<svg").Length - 1 >= 8, "expected the comparison, confusion, length, reliability and judge charts");
    }

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
