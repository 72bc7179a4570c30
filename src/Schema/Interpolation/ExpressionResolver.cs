using System.Text;
using System.Text.RegularExpressions;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Interpolation;

/// <summary>
/// Replaces <c>${{ vars.NAME }}</c> and <c>${{ env.NAME }}</c> in every scalar. A scalar that is one whole expression
/// takes the value's type (so <c>max_steps: ${{ vars.steps }}</c> stays an integer); inside text it is spliced as text.
/// The replaced scalar keeps the span of the expression, so later diagnostics point where the user wrote it.
/// </summary>
public sealed partial class ExpressionResolver
{
    private readonly IReadOnlyDictionary<string, YScalar> variables;
    private readonly Func<string, string?> environment;
    private readonly List<Diagnostic> diagnostics;

    private ExpressionResolver(IReadOnlyDictionary<string, YScalar> variables, Func<string, string?> environment, List<Diagnostic> diagnostics)
    {
        this.variables = variables;
        this.environment = environment;
        this.diagnostics = diagnostics;
    }

    /// <summary>Resolves every expression under <paramref name="root"/>; <c>vars</c> values may use <c>env</c> but not other vars.</summary>
    public static YNode Resolve(YNode root, Func<string, string?> environment, List<Diagnostic> diagnostics)
    {
        var variables = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        var envOnly = new ExpressionResolver(new Dictionary<string, YScalar>(), environment, diagnostics);
        if (root is YMapping mapping && mapping.Find("vars")?.Value is YMapping vars)
        {
            foreach (var entry in vars.Entries)
            {
                if (entry.Value is YScalar scalar)
                {
                    variables[entry.Key.Value] = (YScalar)envOnly.Rewrite(scalar);
                }
                else
                {
                    diagnostics.Add(DiagnosticFactory.VariableNotScalar(entry.Key.Span, entry.Key.Value));
                }
            }
        }

        var resolver = new ExpressionResolver(variables, environment, diagnostics);
        return YamlTreeEditor.MapScalars(root, (scalar, path) =>
            path.Segments.Count == 2 && path.Segments[0] is "vars" && path.Segments[1] is string name && variables.TryGetValue(name, out var resolved)
                ? resolved
                : resolver.Rewrite(scalar));
    }

    /// <summary>Whether a text contains an expression (used by the schema to accept expressions in typed fields).</summary>
    public static bool ContainsExpression(string text) => text.Contains("${{", StringComparison.Ordinal);

    private YNode Rewrite(YScalar scalar)
    {
        if (!ContainsExpression(scalar.Value))
        {
            return scalar;
        }

        var whole = Expression().Match(scalar.Value);
        if (whole.Success && whole.Index == 0 && whole.Length == scalar.Value.Length)
        {
            return Lookup(scalar, whole) is { } value ? new YScalar(scalar.Span, value.Value, value.IsPlain) : scalar;
        }

        var builder = new StringBuilder();
        var last = 0;
        foreach (Match match in Expression().Matches(scalar.Value))
        {
            builder.Append(scalar.Value, last, match.Index - last);
            builder.Append(Lookup(scalar, match)?.Value ?? match.Value);
            last = match.Index + match.Length;
        }

        builder.Append(scalar.Value, last, scalar.Value.Length - last);
        foreach (Match malformed in Malformed().Matches(Expression().Replace(scalar.Value, string.Empty)))
        {
            diagnostics.Add(DiagnosticFactory.BadExpression(scalar.Span, malformed.Value));
        }

        return new YScalar(scalar.Span, builder.ToString(), isPlain: false);
    }

    private YScalar? Lookup(YScalar at, Match match)
    {
        var scope = match.Groups["scope"].Value;
        var name = match.Groups["name"].Value;
        switch (scope)
        {
            case "vars":
                if (variables.TryGetValue(name, out var variable))
                {
                    return variable;
                }

                diagnostics.Add(DiagnosticFactory.UnknownVariable(at.Span, name, variables.Keys));
                return null;
            case "env":
                var value = environment(name);
                if (value is not null)
                {
                    return new YScalar(at.Span, value, isPlain: true);
                }

                diagnostics.Add(DiagnosticFactory.UnknownEnvironmentVariable(at.Span, name));
                return null;
            default:
                diagnostics.Add(DiagnosticFactory.BadExpression(at.Span, match.Value));
                return null;
        }
    }

    [GeneratedRegex("""\$\{\{\s*(?<scope>[A-Za-z_]+)\.(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}""")]
    private static partial Regex Expression();

    [GeneratedRegex("""\$\{\{[^}]*(\}\}|$)""")]
    private static partial Regex Malformed();
}
