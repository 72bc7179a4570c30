using System.Text.Json.Nodes;
using NovaForge.Runner.Local.Model;

namespace NovaForge.Runner.Local.Executors;

/// <summary>A prepared gen_qa row: its position, the prompt, the gold response and the metadata passed through.</summary>
public sealed record EvalRow(int Index, Prompt Prompt, string Response, string? Metadata, JsonObject Row);
