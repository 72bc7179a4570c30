using System.Text.Json.Nodes;
using NovaForge.Runner.Local.Model;

namespace NovaForge.Runner.Local.Executors;

/// <summary>A prepared RFT row: its id (or row number), the prompt, the reference answer as text, and the row as the reward function sees it.</summary>
public sealed record RftRow(string Id, Prompt Prompt, string? Reference, JsonObject Row);
