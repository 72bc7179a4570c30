using System.Text.Json;
using static System.FormattableString;

namespace NovaForge.Runner.Data.Validation.Conversations;

/// <summary>
/// The tools a row declares, checked as the SDK checks them. Converse (SFT): <c>toolConfig.tools[].toolSpec</c> with
/// a name, a description and <c>inputSchema.json</c>, an object with a 'type'. RFT: <c>tools[]</c> of type 'function'
/// whose <c>function</c> has a name, a description and <c>parameters</c> of type 'object' with 'properties'. Names
/// are non-blank and unique; a list that is given is not empty.
/// </summary>
internal static class ToolDeclarations
{
    /// <summary>The names <c>toolConfig</c> declares (problems reported).</summary>
    public static HashSet<string> Converse(JsonElement toolConfig, RowProblems report)
    {
        var tools = toolConfig.Get("tools");
        if (tools.ValueKind != JsonValueKind.Array || tools.GetArrayLength() == 0)
        {
            report.Tools("toolConfig.tools must be a non-empty list of {\"toolSpec\": ...}");
            return [];
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var tool in tools.EnumerateArray())
        {
            var where = Invariant($"toolConfig.tools[{index++}].toolSpec");
            var spec = tool.Get("toolSpec");
            if (spec.ValueKind != JsonValueKind.Object)
            {
                report.Tools($"{where} is missing");
                continue;
            }

            Declare(spec.Get("name"), spec.Get("description"), where, names, report);
            var schema = spec.Get("inputSchema").Get("json");
            if (schema.ValueKind != JsonValueKind.Object || !schema.Get("type").Exists())
            {
                report.Tools($"{where}.inputSchema.json must be a JSON Schema object with a 'type'");
            }
        }

        return names;
    }

    /// <summary>Checks an RFT row's <c>tools</c>.</summary>
    public static void Rft(JsonElement tools, RowProblems report)
    {
        if (tools.ValueKind != JsonValueKind.Array || tools.GetArrayLength() == 0)
        {
            report.Tools("tools, when given, must be a non-empty list of {\"type\": \"function\", \"function\": ...}");
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var tool in tools.EnumerateArray())
        {
            var where = Invariant($"tools[{index++}]");
            if (tool.Get("type").StringOrNull() != "function")
            {
                report.Tools($"{where}.type must be 'function'");
            }

            var function = tool.Get("function");
            if (function.ValueKind != JsonValueKind.Object)
            {
                report.Tools($"{where}.function is missing");
                continue;
            }

            Declare(function.Get("name"), function.Get("description"), $"{where}.function", names, report);
            var parameters = function.Get("parameters");
            if (parameters.Get("type").StringOrNull() != "object")
            {
                report.Tools($"{where}.function.parameters.type must be 'object'");
            }

            if (parameters.Get("properties").ValueKind != JsonValueKind.Object)
            {
                report.Tools($"{where}.function.parameters.properties must be an object");
            }

            var required = parameters.Get("required");
            if (required.Exists() && (required.ValueKind != JsonValueKind.Array || required.EnumerateArray().Any(r => !r.IsString())))
            {
                report.Tools($"{where}.function.parameters.required, when given, must be a list of names");
            }
        }
    }

    private static void Declare(JsonElement name, JsonElement description, string where, HashSet<string> names, RowProblems report)
    {
        if (!name.IsFilledString())
        {
            report.Tools($"{where}.name must be non-empty text");
        }
        else if (!names.Add(name.GetString()!))
        {
            report.Tools($"{where}.name '{name.GetString()}' is declared twice; tool names must be unique");
        }

        if (!description.IsFilledString())
        {
            report.Tools($"{where}.description must be non-empty text");
        }
    }
}
