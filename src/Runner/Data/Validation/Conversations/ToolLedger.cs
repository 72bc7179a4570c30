namespace NovaForge.Runner.Data.Validation.Conversations;

/// <summary>
/// Tool calls through one Converse conversation, as the SDK pairs them: each toolUse names a declared tool and has a
/// toolUseId of its own; each toolResult answers an earlier toolUse, in a later turn, once.
/// </summary>
internal sealed class ToolLedger(IReadOnlySet<string>? declared, RowProblems report)
{
    private readonly Dictionary<string, int> uses = new(StringComparer.Ordinal);
    private readonly HashSet<string> answered = new(StringComparer.Ordinal);

    public void Use(string name, string id, int turn, string where)
    {
        if (declared is null)
        {
            report.Tools($"{where} calls tool '{name}', but the row has no toolConfig declaring its tools");
        }
        else if (!declared.Contains(name))
        {
            report.Tools($"{where} calls tool '{name}', which toolConfig does not declare (it declares {(declared.Count == 0 ? "none" : string.Join(", ", declared.Order(StringComparer.Ordinal)))})");
        }

        if (!uses.TryAdd(id, turn))
        {
            report.Tools($"{where} reuses toolUseId '{id}'; each toolUse needs its own");
        }
    }

    public void Result(string id, int turn, string where)
    {
        if (!uses.TryGetValue(id, out var used))
        {
            report.Tools($"{where} answers toolUseId '{id}', which no earlier toolUse has");
        }
        else if (turn <= used)
        {
            report.Tools($"{where} answers toolUseId '{id}' in the same turn as its toolUse; the result comes in a later turn");
        }

        if (!answered.Add(id))
        {
            report.Tools($"{where} answers toolUseId '{id}' a second time; each toolUse has one toolResult");
        }
    }
}
