using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Interpolation;

/// <summary>
/// Applies <c>--set PATH=VALUE</c> arguments to a document before anything else reads it. Values are YAML scalars
/// (typed as in the file). A stage may be addressed by id: <c>stages.sft.overrides.lr=1e-5</c>.
/// </summary>
public static class CommandLineSets
{
    /// <summary>The syntax problem of one argument (checked when the command line is parsed), or null when it is PATH=VALUE.</summary>
    public static string? SyntaxProblem(string argument) => Split(argument).Problem;

    public static YNode Apply(YNode root, IEnumerable<string> sets, List<Diagnostic> diagnostics)
    {
        foreach (var argument in sets)
        {
            var (path, pathText, text, problem) = Split(argument);
            if (path is null)
            {
                diagnostics.Add(DiagnosticFactory.BadSetArgument(argument, problem!, SourceSpan.At(root.Span.File, 1, 1)));
                continue;
            }

            var segments = ResolveStageIds(root, path.Segments);
            var value = new YScalar(SourceSpan.At($"--set {pathText}", 1, 1), text, isPlain: true);
            var updated = YamlTreeEditor.Set(root, segments, value);
            if (updated is null)
            {
                // Point at the deepest part of the path that exists, in the pipeline: that is where the path goes wrong.
                var nearest = YamlNavigator.Find(root, YamlPath.Of([.. segments]), nearest: true) ?? root;
                diagnostics.Add(DiagnosticFactory.BadSetArgument(argument, $"'{pathText}' does not lead to a settable place in the pipeline", SourceSpan.At(nearest.Span.File, nearest.Span.Line, nearest.Span.Column)));
                continue;
            }

            root = updated;
        }

        return root;
    }

    /// <summary>PATH=VALUE taken apart: the parsed path, its text and the value, or (path null) what is wrong with it.</summary>
    private static (YamlPath? Path, string PathText, string Value, string? Problem) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return (null, argument, string.Empty, "expected PATH=VALUE");
        }

        var pathText = argument[..equals];
        return YamlPath.TryParse(pathText) is { } path
            ? (path, pathText, argument[(equals + 1)..], null)
            : (null, pathText, string.Empty, $"'{pathText}' is not a path");
    }

    private static List<object> ResolveStageIds(YNode root, IReadOnlyList<object> segments)
    {
        var resolved = segments.ToList();
        if (resolved.Count >= 2 && resolved[0] is "stages" && resolved[1] is string id
            && YamlNavigator.Find(root, YamlPath.Of("stages")) is YSequence stages)
        {
            var index = stages.Items.ToList().FindIndex(s => s is YMapping m && m.Find("id")?.Value is YScalar { Value: var v } && v == id);
            if (index >= 0)
            {
                resolved[1] = index;
            }
        }

        return resolved;
    }
}
