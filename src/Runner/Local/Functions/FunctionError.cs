namespace NovaForge.Runner.Local.Functions;

/// <summary>What the user's code raised: the exception type and message, the line in the user's file when known, and the traceback.</summary>
public sealed record FunctionError(string Type, string Message, int? Line, string Trace);
