using System.Text.Json;
using System.Text.RegularExpressions;
using static System.FormattableString;

namespace NovaForge.Runner.Data.Validation.Conversations;

/// <summary>
/// One Converse turn's content list, checked as the SDK's SFT validator does. Each block holds text, image, video,
/// document, reasoningContent, toolUse or toolResult. Text is not all blank; media (format, S3 source) come in user
/// turns only, one kind per turn, at most 10 images or 1 video, and not on nova-micro; reasoningContent only in
/// assistant turns, on Nova 2, without media; toolUse only in assistant turns, toolResult only in user turns.
/// Reserved keywords are kept out of text, reasoning and tool-result text when the format asks for it.
/// </summary>
internal sealed partial class ConverseContent(ConversationModel model, bool forbidKeywords, ToolLedger tools, ConverseFeatures features, RowProblems report)
{
    public const string Text = "text";
    public const string Image = "image";
    public const string Video = "video";
    public const string Document = "document";
    public const string Reasoning = "reasoningContent";
    public const string ToolUse = "toolUse";
    public const string ToolResult = "toolResult";

    private const int MaxImages = 10;
    private const int MaxVideos = 1;

    private static readonly string[] Kinds = [Text, Image, Video, Document, Reasoning, ToolUse, ToolResult];
    private static readonly string[] ImageFormats = ["gif", "jpeg", "png", "webp"];
    private static readonly string[] VideoFormats = ["mov", "mkv", "mp4"];
    private static readonly string[] Nova1VideoFormats = ["mov", "mkv", "mp4", "webm"];
    private static readonly string[] DocumentFormats = ["pdf"];

    /// <summary>What the SDK verifies on each media object in S3, which prepare cannot.</summary>
    private static readonly Dictionary<string, string> ObjectChecks = new(StringComparer.Ordinal)
    {
        [Image] = "its size (at most 10 MB), its type from its first bytes and its dimensions (at least 25 pixels)",
        [Video] = "its size (at most 50 MB), its type from its first bytes and its length (at most 90 seconds)",
        [Document] = "its type from its first bytes",
    };

    /// <summary>What the SDK checks on a media object of this kind, reading it from S3.</summary>
    public static string ChecksOn(string kind) => ObjectChecks[kind];

    /// <summary>Checks the content of turn <paramref name="turn"/> (0-based), spoken by <paramref name="role"/>.</summary>
    public void Check(JsonElement content, string role, int turn, string where)
    {
        if (content.ValueKind != JsonValueKind.Array)
        {
            report.Invalid($"{where} must be a list of content blocks such as {{\"text\": ...}}");
            return;
        }

        if (content.GetArrayLength() == 0)
        {
            report.Empty(where);
            return;
        }

        var turnKinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var textLength = 0;
        var index = 0;
        foreach (var block in content.EnumerateArray())
        {
            var at = Invariant($"{where}[{index++}]");
            if (block.ValueKind != JsonValueKind.Object)
            {
                report.Invalid($"{at} is {block.Describe()}, not a block such as {{\"text\": ...}}");
                continue;
            }

            var kinds = Kinds.Where(k => block.Get(k).Exists()).ToList();
            if (kinds.Count == 0)
            {
                var keys = string.Join(", ", block.EnumerateObject().Select(p => $"'{p.Name}'"));
                report.Invalid($"{at} holds {(keys.Length == 0 ? "nothing" : keys)}; a content block holds text, image, video, document, reasoningContent, toolUse or toolResult");
                continue;
            }

            if (kinds.Contains(ToolUse) && kinds.Contains(ToolResult))
            {
                report.Tools($"{at} holds both a toolUse and a toolResult");
            }

            foreach (var kind in kinds)
            {
                turnKinds[kind] = turnKinds.GetValueOrDefault(kind) + 1;
                textLength += CheckBlock(kind, block.Get(kind), turn, $"{at}.{kind}");
            }
        }

        CheckTurn(turnKinds, textLength, role, where);
    }

    /// <summary>Checks one block's value; returns the length of its text (trimmed) for the turn's blank-text rule.</summary>
    private int CheckBlock(string kind, JsonElement value, int turn, string at)
    {
        switch (kind)
        {
            case Text:
                return CheckText(value, at);
            case Image or Video or Document:
                CheckMedia(kind, value, at);
                return 0;
            case Reasoning:
                features.Add(Reasoning);
                var reasoning = value.Get("reasoningText").Get(Text);
                if (!reasoning.IsString())
                {
                    report.Invalid($"{at} must be {{\"reasoningText\": {{\"text\": ...}}}}");
                }
                else if (CheckText(reasoning, $"{at}.reasoningText.text") == 0)
                {
                    report.Empty($"{at}.reasoningText.text");
                }

                return 0;
            case ToolUse:
                features.Add(ToolUse);
                CheckToolUse(value, turn, at);
                return 0;
            default:
                features.Add(ToolResult);
                CheckToolResult(value, turn, at);
                return 0;
        }
    }

    private int CheckText(JsonElement value, string at)
    {
        if (!value.IsString())
        {
            report.Invalid($"{at} must be text, not {value.Describe()}");
            return 0;
        }

        var text = value.GetString()!;
        if (forbidKeywords && ReservedKeywords.Find(text) is { } keyword)
        {
            report.Keyword(at, keyword);
        }

        return text.Trim().Length;
    }

    private void CheckMedia(string kind, JsonElement value, string at)
    {
        features.AddMedia(at, kind);
        var format = value.Get("format").StringOrNull();
        var allowed = kind switch
        {
            Image => ImageFormats,
            Video => model.IsNova1 ? Nova1VideoFormats : VideoFormats,
            _ => DocumentFormats,
        };
        if (format is null || !allowed.Contains(format.ToLowerInvariant(), StringComparer.Ordinal))
        {
            report.Invalid($"{at}.format is {(format is null ? "missing" : $"'{format}'")}; {kind} formats{(kind == Video ? $" for {model.Name ?? "this model"}" : string.Empty)} are {string.Join(", ", allowed)}");
        }

        var location = value.Get("source").Get("s3Location");
        var uri = location.Get("uri").StringOrNull();
        if (location.ValueKind != JsonValueKind.Object)
        {
            report.Invalid($"{at}.source must be {{\"s3Location\": {{\"uri\": \"s3://...\", \"bucketOwner\": ...}}}}");
        }
        else if (uri is null || !uri.StartsWith("s3://", StringComparison.Ordinal) || !S3Path().IsMatch(uri["s3://".Length..]))
        {
            report.Invalid($"{at}.source.s3Location.uri must be an s3:// URI of letters, digits, '_', '-', '/' and '.'");
        }
        else if (!location.Get("bucketOwner").IsString())
        {
            report.Invalid($"{at}.source.s3Location.bucketOwner is missing");
        }
    }

    private void CheckToolUse(JsonElement value, int turn, string at)
    {
        var id = value.Get("toolUseId");
        var name = value.Get("name");
        if (!id.IsFilledString() || !name.IsFilledString() || value.Get("input").ValueKind != JsonValueKind.Object)
        {
            report.Tools($"{at} needs a non-empty toolUseId and name, and an input object");
            return;
        }

        tools.Use(name.GetString()!, id.GetString()!, turn, at);
    }

    private void CheckToolResult(JsonElement value, int turn, string at)
    {
        var id = value.Get("toolUseId");
        var content = value.Get("content");
        if (!id.IsFilledString() || content.ValueKind != JsonValueKind.Array || content.GetArrayLength() == 0)
        {
            report.Tools($"{at} needs a non-empty toolUseId and a non-empty content list");
            return;
        }

        var index = 0;
        foreach (var item in content.EnumerateArray())
        {
            var itemAt = Invariant($"{at}.content[{index++}]");
            var text = item.Get(Text);
            var json = item.Get("json");
            if (text.Exists() == json.Exists())
            {
                report.Tools($"{itemAt} needs either 'text' or 'json', not both or neither");
            }
            else if (text.Exists())
            {
                CheckText(text, $"{itemAt}.text");
            }
            else if (json.ValueKind != JsonValueKind.Object)
            {
                report.Tools($"{itemAt}.json must be an object");
            }
        }

        tools.Result(id.GetString()!, turn, at);
    }

    private void CheckTurn(Dictionary<string, int> kinds, int textLength, string role, string where)
    {
        bool Has(string kind) => kinds.ContainsKey(kind);
        var media = new[] { Image, Video, Document }.Where(Has).ToList();
        if (Has(Text) && !Has(Image) && !Has(Video) && textLength == 0)
        {
            report.Empty(where);
        }

        if (media.Count > 1)
        {
            report.Invalid($"{where} mixes {string.Join(" and ", media)} content; a turn holds one kind of media");
        }

        if (media.Count > 0 && role != "user")
        {
            report.Invalid($"{where} has {media[0]} content; media belong in user turns");
        }

        if (media.Count > 0 && model.IsMicro)
        {
            report.NotForModel($"{where} has {media[0]} content", ConversationModel.Micro, "nova-lite, nova-pro and nova-lite-2");
        }

        if (Has(Document) && model.IsNova1)
        {
            report.NotForModel($"{where} has a document", model.Name!, ConversationModel.Lite2);
        }

        if (Has(Reasoning) && role != "assistant")
        {
            report.Invalid($"{where} has reasoningContent; it belongs in assistant turns");
        }

        if (Has(Reasoning) && model.IsNova1)
        {
            report.NotForModel($"{where} has reasoningContent", model.Name!, ConversationModel.Lite2);
        }

        if (Has(Reasoning) && media.Count > 0)
        {
            report.Invalid($"{where} combines reasoningContent with {media[0]} content; reasoning is for text-only turns");
        }

        if (Has(ToolUse) && role != "assistant")
        {
            report.Tools($"{where} has a toolUse; tool calls belong in assistant turns");
        }

        if (Has(ToolResult) && role != "user")
        {
            report.Tools($"{where} has a toolResult; tool results belong in user turns");
        }

        if (kinds.GetValueOrDefault(Image) > MaxImages)
        {
            report.Invalid(Invariant($"{where} has {kinds[Image]} images; at most {MaxImages} per turn"));
        }

        if (kinds.GetValueOrDefault(Video) > MaxVideos)
        {
            report.Invalid(Invariant($"{where} has {kinds[Video]} videos; at most {MaxVideos} per turn"));
        }
    }

    /// <summary>The SDK's rule for the bucket and key of a media URI.</summary>
    [GeneratedRegex(@"^[\w\-/\.]+$")]
    private static partial Regex S3Path();
}
