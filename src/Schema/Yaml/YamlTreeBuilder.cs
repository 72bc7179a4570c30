using NovaForge.Schema.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NovaForge.Schema.Yaml;

/// <summary>
/// Builds a <see cref="YNode"/> tree from YamlDotNet's event stream with explicit limits, so hostile input
/// (alias bombs, deep nesting) ends in a diagnostic in bounded time and memory rather than an exception.
/// Detects duplicate keys, which YamlDotNet's parser accepts, and applies <c>&lt;&lt;</c> merge keys.
/// </summary>
public sealed class YamlTreeBuilder
{
    public const int MaxDepth = 64;
    public const int MaxExpandedNodes = 100_000;

    private const string MergeKey = "<<";
    private const string StringTag = "tag:yaml.org,2002:str";

    private readonly SourceText source;
    private readonly List<Diagnostic> diagnostics = [];
    private readonly Dictionary<string, YNode> anchors = new(StringComparer.Ordinal);
    private readonly Stack<Frame> stack = new();
    private YNode? root;
    private long expandedNodes;
    private bool aliasesUsed;

    private YamlTreeBuilder(SourceText source) => this.source = source;

    public static (YNode? Root, IReadOnlyList<Diagnostic> Diagnostics) Build(SourceText source)
    {
        var builder = new YamlTreeBuilder(source);
        builder.Run();
        return (builder.diagnostics.Any(d => d.IsError) ? null : builder.root, builder.diagnostics);
    }

    private void Run()
    {
        var parser = new Parser(new StringReader(source.Text));
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart start:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Add(DiagnosticFactory.MultipleDocuments(Span(start.Start, start.End)));
                            return;
                        }

                        break;
                    case Scalar scalar:
                        var isPlain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
                        if (!scalar.Tag.IsEmpty && scalar.Tag.Value != StringTag)
                        {
                            isPlain = scalar.Style == ScalarStyle.Plain;
                        }

                        if (!Attach(Register(scalar.Anchor, new YScalar(Span(scalar.Start, scalar.End), scalar.Value, isPlain))))
                        {
                            return;
                        }

                        break;
                    case MappingStart mappingStart:
                        if (!Push(new Frame(mappingStart.Anchor, mappingStart.Start, isMapping: true)))
                        {
                            return;
                        }

                        break;
                    case SequenceStart sequenceStart:
                        if (!Push(new Frame(sequenceStart.Anchor, sequenceStart.Start, isMapping: false)))
                        {
                            return;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = stack.Pop();
                        var node = frame.Build(Span(frame.Start, current.End));
                        if (!Attach(Register(frame.Anchor, node)))
                        {
                            return;
                        }

                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            diagnostics.Add(DiagnosticFactory.YamlSyntax(Span(alias.Start, alias.End), $"unknown alias '*{alias.Value.Value}'"));
                            return;
                        }

                        aliasesUsed = true;
                        expandedNodes += target.ExpandedSize - 1;
                        if (!Attach(target, Span(alias.Start, alias.End)))
                        {
                            return;
                        }

                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            var line = (int)exception.Start.Line;
            var hasExpression = new[] { line - 1, line }.Any(l => source.Line(l)?.Contains("${{", StringComparison.Ordinal) == true);
            diagnostics.Add(DiagnosticFactory.YamlSyntax(Span(exception.Start, exception.End), Describe(exception), hasExpression));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, not a YamlException, on some unclosed flow collections ("a: [1, 2" then a new key).
            var at = parser.Current?.End ?? Mark.Empty;
            diagnostics.Add(DiagnosticFactory.YamlSyntax(Span(at, at), "the text after this point cannot be parsed; is a '[' or '{' left unclosed?"));
        }
    }

    private static string Describe(YamlException exception)
    {
        var message = exception.Message;
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        return (colon >= 0 && message.StartsWith('(') ? message[(colon + 3)..] : message).TrimEnd('.').ToLowerInvariant();
    }

    private YNode Register(AnchorName anchor, YNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private bool Push(Frame frame)
    {
        if (stack.Count >= MaxDepth)
        {
            diagnostics.Add(DiagnosticFactory.NestingTooDeep(Span(frame.Start, frame.Start), MaxDepth));
            return false;
        }

        stack.Push(frame);
        return true;
    }

    private bool Attach(YNode node, SourceSpan? aliasSpan = null)
    {
        expandedNodes++;
        if (expandedNodes > MaxExpandedNodes)
        {
            diagnostics.Add(DiagnosticFactory.NodeLimit(aliasSpan ?? node.Span, MaxExpandedNodes, aliasesUsed));
            return false;
        }

        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var frame = stack.Peek();
        if (!frame.IsMapping)
        {
            frame.Items.Add(node);
            return true;
        }

        if (frame.PendingKey is null)
        {
            if (node is not YScalar key)
            {
                diagnostics.Add(DiagnosticFactory.ComplexKey(aliasSpan ?? node.Span));
                return false;
            }

            frame.PendingKey = key;
            return true;
        }

        var pendingKey = frame.PendingKey;
        frame.PendingKey = null;
        if (pendingKey.IsPlain && pendingKey.Value == MergeKey)
        {
            return frame.AddMergeSource(node, aliasSpan ?? node.Span, diagnostics);
        }

        if (frame.KeyLines.TryGetValue(pendingKey.Value, out var firstLine))
        {
            diagnostics.Add(DiagnosticFactory.DuplicateKey(pendingKey.Span, pendingKey.Value, firstLine));
            return true;
        }

        frame.KeyLines[pendingKey.Value] = pendingKey.Span.Line;
        frame.Entries.Add(new YEntry(pendingKey, node));
        return true;
    }

    private SourceSpan Span(Mark start, Mark end) =>
        new(source.File, (int)Math.Max(1, start.Line), (int)Math.Max(1, start.Column), (int)Math.Max(1, end.Line), (int)Math.Max(1, end.Column));

    private sealed class Frame(AnchorName anchor, Mark start, bool isMapping)
    {
        private readonly List<YMapping> mergeSources = [];

        public AnchorName Anchor { get; } = anchor;

        public Mark Start { get; } = start;

        public bool IsMapping { get; } = isMapping;

        public List<YEntry> Entries { get; } = [];

        public List<YNode> Items { get; } = [];

        public Dictionary<string, int> KeyLines { get; } = new(StringComparer.Ordinal);

        public YScalar? PendingKey { get; set; }

        public bool AddMergeSource(YNode node, SourceSpan at, List<Diagnostic> diagnostics)
        {
            var sources = node switch
            {
                YMapping mapping => [mapping],
                YSequence sequence when sequence.Items.All(i => i is YMapping) => sequence.Items.Cast<YMapping>().ToList(),
                _ => null,
            };
            if (sources is null)
            {
                diagnostics.Add(DiagnosticFactory.YamlSyntax(at, "a '<<' merge key needs a mapping or a list of mappings"));
                return false;
            }

            mergeSources.AddRange(sources);
            return true;
        }

        public YNode Build(SourceSpan span)
        {
            if (!IsMapping)
            {
                return new YSequence(span, Items);
            }

            foreach (var entry in mergeSources.SelectMany(s => s.Entries))
            {
                if (KeyLines.TryAdd(entry.Key.Value, entry.Key.Span.Line))
                {
                    Entries.Add(entry);
                }
            }

            return new YMapping(span, Entries);
        }
    }
}
