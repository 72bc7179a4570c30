using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using NovaForge.MSBuild.Tests.Support;
using NovaForge.Tests.Support;

namespace NovaForge.MSBuild.Tests;

/// <summary>The packed NovaForge.Runner installs as a dotnet tool, reports its version and validates like the build does.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed partial class ToolPackageTests(PackedFeed feed)
{
    [Fact]
    public void The_tool_installs_prints_its_version_and_validates()
    {
        var sample = feed.NewSample("tool");
        sample.PromoteDraft();
        var tools = Path.Combine(feed.Root, "tools");

        // The sample's nuget.config maps NovaForge.* to the local feed, so no other source is asked for them.
        var install = feed.Dotnet(sample.Directory, "tool", "install", "NovaForge.Runner", "--tool-path", tools, "--version", PackedFeed.PackageVersion, "--configfile", sample.PathOf("nuget.config"));
        Assert.True(install.ExitCode == 0, install.ToString());
        var novaforge = Path.Combine(tools, OperatingSystem.IsWindows() ? "novaforge.exe" : "novaforge");

        var version = feed.Run(novaforge, sample.Directory, "--version");
        var valid = feed.Run(novaforge, sample.Directory, "validate", "pipelines/tickets.yaml");
        var invalid = feed.Run(novaforge, sample.Directory, "validate", "pipelines/routing.yaml");

        Assert.Equal(0, version.ExitCode);
        // The CLI installs the platform package made for this machine, else the portable one.
        var platform = RuntimeInformation.RuntimeIdentifier == "linux-x64" ? "linux-x64" : "any";
        Assert.True(Directory.Exists(Path.Combine(tools, ".store", "novaforge.runner", PackedFeed.PackageVersion, $"novaforge.runner.{platform}")), $"expected the {platform} package under {tools}");
        Assert.Equal(BuiltVersion(), version.Output.Trim());
        Assert.True(valid.ExitCode == 0, valid.ToString());
        Assert.Contains("1 pipeline valid.", valid.Output, StringComparison.Ordinal);
        Assert.Equal(1, invalid.ExitCode);
        // The same diagnostics as the build's, which adds the hint to each line.
        var buildLines = File.ReadAllLines(BuildValidationTests.InvalidBuildGolden).Select(line => Hint().Replace(line, string.Empty));
        Assert.Equal(buildLines, SampleProject.DiagnosticLines(invalid));
    }

    /// <summary>The informational version (version and commit) this build stamped into novaforge.dll.</summary>
    private static string BuiltVersion() =>
        FileVersionInfo.GetVersionInfo(RepositoryPaths.InRepository("src", "Runner", "bin", PackedFeed.Configuration, "net10.0", "novaforge.dll")).ProductVersion!;

    [GeneratedRegex(@" \(hint: .*\)$")]
    private static partial Regex Hint();
}
