using NovaForge.Runner.Evaluation.Reports;
using NovaForge.Runner.Evaluation.Reports.Charts;
using NovaForge.Runner.Evaluation.Reports.Rendering;
using NovaForge.Runner.Tests.Support;
using Xunit.Abstractions;

namespace NovaForge.Runner.Tests.Evaluation.Reports;

/// <summary>Opens the HTML report in headless Chromium: it must render (a screenshot that is not blank) without console errors.</summary>
public sealed class HtmlReportBrowserTests : IClassFixture<ReportFixture>, IDisposable
{
    private readonly ReportFixture fixture;
    private readonly ITestOutputHelper output;
    private readonly string directory = Directory.CreateTempSubdirectory("nf-browser-").FullName;

    public HtmlReportBrowserTests(ReportFixture fixture, ITestOutputHelper output)
    {
        this.fixture = fixture;
        this.output = output;
    }

    /// <summary>Logs every SVG text whose rendered box leaves its SVG's box.</summary>
    private const string OverflowCheck = """
        for (const svg of document.querySelectorAll('svg')) {
          const box = svg.getBoundingClientRect();
          for (const text of svg.querySelectorAll('text')) {
            const r = text.getBoundingClientRect();
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
              console.error('clipped: "' + text.textContent + '" at ' + [r.left, r.top, r.right, r.bottom].map(Math.round) + ' outside ' + [box.left, box.top, box.right, box.bottom].map(Math.round));
            }
          }
        }
        """;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Report_renders_its_tables_and_charts_without_console_errors()
    {
        if (HeadlessChromium.SkipReason() is { } reason)
        {
            output.WriteLine(reason);
            return;
        }

        var page = Path.Combine(directory, "report.html");
        await File.WriteAllTextAsync(page, ReportRenderers.For(ReportFormat.Html).Render(ReportBuilder.Build(fixture.Stages, ReportFixture.Options)));

        var (screenshot, console) = await HeadlessChromium.ScreenshotAsync(page, directory, 1280, 2400);

        Assert.Empty(console);
        var image = PngImage.Read(screenshot);
        Assert.Equal((1280, 2400), (image.Width, image.Height));

        // A blank page has one color; tables, text and the colored bars and cells of the charts give many.
        Assert.True(image.DistinctColors() > 50, $"the screenshot looks blank: {image.DistinctColors()} colors");
    }

    [Fact]
    public async Task Chart_labels_lie_inside_their_charts()
    {
        // The report's comparison chart with every rate metric: the slanted category labels, the longest being
        // json_schema_adherence, and the axis titles must be drawn inside the SVG, not clipped at its edge. The page
        // measures each text's box in the browser and logs any that overflows as a console error.
        if (HeadlessChromium.SkipReason() is { } reason)
        {
            output.WriteLine(reason);
            return;
        }

        string[] metrics = ["rouge1", "rouge2", "rougeL", "em", "qem", "f1", "f1_score_quasi", "label_accuracy", "json_schema_adherence"];
        var chart = new BarChart("Metrics by stage", metrics, [new BarSeries("baseline", [.. metrics.Select(_ => (double?)0.5)]), new BarSeries("eval_sft", [.. metrics.Select(_ => (double?)0.9)])], "metric", "score (0–1)", YMax: 1);
        var lengths = new BarChart("Response length: a_stage_with_a_long_name", ["12", "13–14", "15–16"], [new BarSeries("responses", [3, 4, 5])], "words", "responses");
        var renderer = new SvgChartRenderer();
        var page = Path.Combine(directory, "charts.html");
        await File.WriteAllTextAsync(page, $"<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"></head><body>{renderer.Render(chart)}{renderer.Render(lengths)}<script>{OverflowCheck}</script></body></html>");

        var (_, console) = await HeadlessChromium.ScreenshotAsync(page, directory, 1000, 1000);

        Assert.True(console.Count == 0, string.Join('\n', console));
    }

    [Fact]
    public async Task Console_errors_are_detected()
    {
        // The control for the test above: the same check catches a page's console error and script error.
        if (HeadlessChromium.SkipReason() is { } reason)
        {
            output.WriteLine(reason);
            return;
        }

        var page = Path.Combine(directory, "broken.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"></head><body><p>x</p><script>console.error('boom'); missingFunction();</script></body></html>");

        var (_, console) = await HeadlessChromium.ScreenshotAsync(page, directory, 400, 300);

        Assert.Contains(console, line => line.Contains("boom", StringComparison.Ordinal));
        Assert.Contains(console, line => line.Contains("missingFunction", StringComparison.Ordinal));
    }
}
