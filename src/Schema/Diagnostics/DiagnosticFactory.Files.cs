namespace NovaForge.Schema.Diagnostics;

public static partial class DiagnosticFactory
{
    public static Diagnostic FileNotFound(string file) =>
        Error("NF0001", $"file '{file}' does not exist", "Check the path; relative paths are resolved from the current directory.", SourceSpan.At(file, 1, 1));

    public static Diagnostic EmptyFile(string file) =>
        Error("NF0002", "the pipeline file is empty", "Run 'novaforge init' to write a commented starter pipeline.", SourceSpan.At(file, 1, 1));

    public static Diagnostic YamlSyntax(SourceSpan at, string problem, bool lineHasExpression = false) =>
        Error("NF0003", $"YAML syntax error: {problem}", lineHasExpression
            ? "Inside { } or [ ], a value holding '${{ }}' must be quoted: key: \"${{ vars.NAME }}\"."
            : "Check indentation, colons after keys, and matching quotes and brackets on this line.", at);

    public static Diagnostic TabIndentation(SourceSpan at) =>
        Error("NF0004", "tab character used for indentation", "YAML indentation must use spaces; replace the tab with spaces.", at);

    public static Diagnostic DuplicateKey(SourceSpan at, string key, int firstLine) =>
        Error("NF0005", Invariant($"duplicate key '{key}' (first defined on line {firstLine})"), "Remove one of the two entries; YAML keys in a mapping must be unique.", at);

    public static Diagnostic NodeLimit(SourceSpan at, int limit, bool throughAliases) => throughAliases
        ? Error("NF0006", Invariant($"anchors and aliases expand to more than {limit} nodes"), "A pipeline never needs this many nodes; this looks like an alias bomb. Remove the recursive aliases.", at)
        : Error("NF0006", Invariant($"the document has more than {limit} nodes"), "A pipeline never needs this many nodes; keep data in dataset files referenced by 'datasets.<name>.source'.", at);

    public static Diagnostic NestingTooDeep(SourceSpan at, int limit) =>
        Error("NF0007", Invariant($"nesting is deeper than {limit} levels"), "Pipelines are shallow documents; flatten the structure.", at);

    /// <summary>A file over the size limit; <paramref name="bytes"/> is null when its size is unknown (a device or a pipe).</summary>
    public static Diagnostic FileTooLarge(string file, long? bytes, long limit) =>
        Error("NF0008", bytes is { } size ? Invariant($"the pipeline file is {size:N0} bytes; the limit is {limit:N0}") : Invariant($"the pipeline file is larger than the limit of {limit:N0} bytes"), "Keep data in dataset files referenced by 'datasets.<name>.source', not inside the pipeline.", SourceSpan.At(file, 1, 1));

    public static Diagnostic NotText(SourceSpan at, string reason) =>
        Error("NF0009", $"the file is not UTF-8 text: {reason}", "Save the pipeline as UTF-8; is this the right file?", at);

    public static Diagnostic MultipleDocuments(SourceSpan at) =>
        Error("NF0010", "the file holds more than one YAML document", "Keep one pipeline per file; remove the '---' separator and what follows it.", at);

    public static Diagnostic ComplexKey(SourceSpan at) =>
        Error("NF0011", "mapping keys must be plain scalars", "Use a simple name as the key.", at);

    public static Diagnostic FileUnreadable(string file, string reason) =>
        Error("NF0012", $"cannot read '{file}': {reason}", "Check the file's permissions and that it is not a directory.", SourceSpan.At(file, 1, 1));

    public static Diagnostic RootNotMapping(SourceSpan at) =>
        Error("NF0013", "a pipeline file must be a YAML mapping (name: ..., model: ..., stages: ...)", "Run 'novaforge init' to see the expected shape.", at);
}
