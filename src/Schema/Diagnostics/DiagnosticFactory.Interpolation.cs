namespace NovaForge.Schema.Diagnostics;

public static partial class DiagnosticFactory
{
    public static Diagnostic UnknownVariable(SourceSpan at, string name, IEnumerable<string> known) =>
        Error("NF2001", $"unknown variable 'vars.{name}'.{DidYouMean(Suggest.Closest(name, known).Select(k => $"vars.{k}"))}", "Define it under 'vars:' or pass '--set vars." + name + "=VALUE'.", at);

    public static Diagnostic UnknownEnvironmentVariable(SourceSpan at, string name) =>
        Error("NF2002", $"environment variable '{name}' is not set", $"Export {name} before running, or use a 'vars' entry with '--set'.", at);

    public static Diagnostic BadExpression(SourceSpan at, string expression) =>
        Error("NF2003", $"'{expression}' is not a valid expression", "Expressions are '${{ vars.NAME }}' or '${{ env.NAME }}'.", at);

    public static Diagnostic BadSetArgument(string argument, string problem, SourceSpan at) =>
        Error("NF2004", $"--set '{argument}': {problem}", "Write --set PATH=VALUE, e.g. --set runtime.kind=local or --set stages.sft.overrides.lr=1e-5.", at);

    public static Diagnostic VariableNotScalar(SourceSpan at, string name) =>
        Error("NF2005", $"variable 'vars.{name}' must be a single value (string, number or boolean)", "Lists and mappings cannot be substituted; write the value where it is used.", at);

    public static Diagnostic VariableCycle(SourceSpan at, string chain) =>
        Error("NF2006", $"variables refer to each other in a cycle: {chain}", "Give one of them a plain value.", at);
}
