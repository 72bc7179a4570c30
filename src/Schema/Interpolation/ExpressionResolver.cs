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
    private readonly Dictionary<string, YScalar> declared;
    private readonly Dictionary<string, YScalar> resolved = new(StringComparer.Ordinal);
    private readonly List<string> resolving = [];
    private readonly Func<string, string?> environment;
    private readonly List<Diagnostic> diagnostics;

    private ExpressionResolver(Dictionary<string, YScalar> declared, Func<string, string?> environment, List<Diagnostic> diagnostics)
    {
        this.declared = declared;
        this.environment = environment;
        this.diagnostics = diagnostics;
    }

    /// <summary>
    /// Resolves every expression under <paramref name="root"/>. <c>vars</c> values may use <c>env</c> and other vars
    /// (resolved on first use, so their order does not matter); a cycle among them is an error.
    /// </summary>
    public static YNode Resolve(YNode root, Func<string, string?> environment, List<Diagnostic> diagnostics)
    {
        var declared = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        if (root is YMapping mapping && mapping.Find("vars")?.Value is YMapping vars)
        {
            foreach (var entry in vars.Entries)
            {
                if (entry.Value is YScalar scalar)
                {
                    declared[entry.Key.Value] = scalar;
                }
                else
                {
                    diagnostics.Add(DiagnosticFactory.VariableNotScalar(entry.Key.Span, entry.Key.Value));
                }
            }
        }

        var resolver = new ExpressionResolver(declared, environment, diagnostics);
        return YamlTreeEditor.MapScalars(root, (scalar, path) =>
            path.Segments.Count == 2 && path.Segments[0] is "vars" && path.Segments[1] is string name && declared.ContainsKey(name)
                ? resolver.Variable(name)
                : resolver.Rewrite(scalar));
    }

    /// <summary>Whether a text contains an expression (used by the schema to accept expressions in typed fields).</summary>
    public static bool ContainsExpression(string text) => text.Contains("${{", StringComparison.Ordinal);

    private YScalar Rewrite(YScalar scalar)
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
                if (declared.ContainsKey(name))
                {
                    return resolving.Contains(name) ? Cycle(at, name) : Variable(name);
                }

                diagnostics.Add(DiagnosticFactory.UnknownVariable(at.Span, name, declared.Keys));
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

    /// <summary>The value of a declared variable with its own expressions resolved (once; later uses share it).</summary>
    private YScalar Variable(string name)
    {
        if (resolved.TryGetValue(name, out var done))
        {
            return done;
        }

        resolving.Add(name);
        var value = Rewrite(declared[name]);
        resolving.RemoveAt(resolving.Count - 1);
        resolved[name] = value;
        return value;
    }

    private YScalar? Cycle(YScalar at, string name)
    {
        var chain = resolving.Skip(resolving.IndexOf(name)).Append(name).Select(n => $"vars.{n}");
        diagnostics.Add(DiagnosticFactory.VariableCycle(at.Span, string.Join(" -> ", chain)));
        return null;
    }

    [GeneratedRegex("""\$\{\{\s*(?<scope>[A-Za-z_]+)\.(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}""")]
    private static partial Regex Expression();

    [GeneratedRegex("""\$\{\{[^}]*(\}\}|$)""")]
    private static partial Regex Malformed();
}
