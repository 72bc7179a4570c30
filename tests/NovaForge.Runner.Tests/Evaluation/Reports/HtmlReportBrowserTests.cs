using NovaForge.Runner.Evaluation.Reports;
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
