namespace NovaForge.Runner.Data.Validation.Conversations;

/// <summary>
/// The roles of RFT messages, as the SDK accepts them: system, developer, user, assistant, tool and bot, in any case.
/// Prepared rows carry them in lower case, with developer written as system (the SDK reads a developer message as the
/// system message), so the job sees one spelling.
/// </summary>
public static class RftRoles
{
    public const string System = "system";
    public const string User = "user";

    /// <summary>The role as prepared rows write it, or null when the SDK does not accept it.</summary>
    public static string? Normalize(string role) => role.ToLowerInvariant() switch
    {
        "system" or "developer" => System,
        "user" => User,
        "assistant" => "assistant",
        "tool" => "tool",
        "bot" => "bot",
        _ => null,
    };
}
