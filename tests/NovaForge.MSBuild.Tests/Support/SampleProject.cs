using System.Text.RegularExpressions;

namespace NovaForge.MSBuild.Tests.Support;

/// <summary>A copy of the sample project: build it, change its files, read what the build printed.</summary>
public sealed partial class SampleProject(PackedFeed feed, string directory)
{
    public string Directory { get; } = directory;

    /// <summary>Where the build renders recipes (Debug, the default configuration of 'dotnet build').</summary>
    public string RecipeDirectory(string pipeline) => Path.Combine(Directory, "obj", "Debug", "net10.0", "novaforge", "recipes", pipeline);

    /// <summary>'dotnet build' with the classic console logger at normal verbosity, so target skips are printed.</summary>
    public ProcessResult Build(params string[] properties) =>
        feed.Dotnet(Directory, ["build", "-tl:off", "-v:n", "-nodeReuse:false", .. properties]);

    public ProcessResult Clean() => feed.Dotnet(Directory, "clean", "-tl:off", "-nodeReuse:false");

    /// <summary>Turns the draft into a pipeline the build validates, as a person would when it is ready.</summary>
    public void PromoteDraft() =>
        File.Move(Path.Combine(Directory, "pipelines", "routing.draft.yaml"), Path.Combine(Directory, "pipelines", "routing.yaml"));

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    /// <summary>
    /// The diagnostics in the output, each once (the console logger repeats them in its summary), without the node
    /// prefix and the project suffix MSBuild adds: <c>file(line,col): error NF1001: message</c>.
    /// </summary>
    public static IReadOnlyList<string> DiagnosticLines(ProcessResult result) =>
        [.. result.Output.ReplaceLineEndings("\n").Split('\n')
            .Select(line => DiagnosticLine().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["line"].Value)
            .Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"^\s*(?:\d+>)?(?<line>\S.*?: (?:error|warning) NF\d{4}: .*?)(?: \[[^\]]*\])?$")]
    private static partial Regex DiagnosticLine();
}
