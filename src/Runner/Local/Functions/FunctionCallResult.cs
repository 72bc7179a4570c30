using System.Text.Json.Nodes;

namespace NovaForge.Runner.Local.Functions;

/// <summary>The outcome of one handler call: the returned JSON, or what went wrong, with the tail of the function's stderr.</summary>
public sealed record FunctionCallResult(FunctionCallStatus Status, JsonNode? Result = null, FunctionError? Error = null, string Output = "")
{
    public bool Succeeded => Status == FunctionCallStatus.Returned;
}
