using System.Reflection;
using NovaForge.Tests.Support;

namespace NovaForge.MSBuild.Tests.Support;

/// <summary>
/// A scratch folder with NovaForge.MSBuild and NovaForge.Runner packed into <c>feed/</c> from this build's outputs, a
/// private NuGet packages folder (nothing leaks into, or is reused from, the user's cache) and copies of the sample
/// project. Packing happens once for all the tests of the collection: it is the slow part.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    /// <summary>The version the sample project references; safe to reuse because the packages folder is private.</summary>
    public const string PackageVersion = "0.0.0-test";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("novaforge-msbuild-tests-").FullName;

        // The solution, as a release is packed: every package lands in one folder. Not --no-build: the tool's
        // platform packages are published for their runtime identifiers (ReadyToRun for linux-x64) while packing.
        var pack = Dotnet(Root, "pack", RepositoryPaths.InRepository("NovaForge.Runner.sln"), "-c", Configuration, "-tl:off", "-o", Feed, $"-p:PackageVersion={PackageVersion}");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"packing the solution failed:\n{pack}");
        }
    }

    /// <summary>The configuration these tests were built in, which is the one the packed projects were built in.</summary>
    public static string Configuration { get; } = typeof(PackedFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    public string Root { get; }

    /// <summary>The local feed; the sample's nuget.config names it as <c>../feed</c>.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>A fresh copy of tests/NovaForge.MSBuild.Tests/SampleProject beside the feed.</summary>
    public SampleProject NewSample(string name)
    {
        var source = RepositoryPaths.InRepository("tests", "NovaForge.MSBuild.Tests", "SampleProject");
        var target = Path.Combine(Root, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        return new SampleProject(this, target);
    }

    public ProcessResult Dotnet(string workingDirectory, params string[] arguments) => Run("dotnet", workingDirectory, arguments);

    public ProcessResult Run(string fileName, string workingDirectory, params string[] arguments) =>
        ProcessRunner.Run(fileName, arguments, workingDirectory, Environment, Timeout);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder left in the temp directory is harmless; failing the run for it is not.
        }
    }

    /// <summary>
    /// Child builds use the private packages folder, leave no build servers or nodes running, and do not inherit the
    /// MSBuild variables of the test host's own 'dotnet test', which would point them at the wrong MSBuild.
    /// </summary>
    private IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["UseSharedCompilation"] = "false",
        ["MSBUILD_EXE_PATH"] = null,
        ["MSBuildExtensionsPath"] = null,
        ["MSBuildSDKsPath"] = null,
        ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
    };
}
