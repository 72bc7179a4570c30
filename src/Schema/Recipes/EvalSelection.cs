using NovaForge.Schema.Catalog;
using NovaForge.Schema.Model;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// An eval stage's evaluation block: the task with its strategy, metric and subtask (empty for all), and the
/// bring-your-own-metrics processor settings when the stage has one.
/// </summary>
public sealed record EvalSelection(string Task, EvalTaskInfo Info, string Strategy, string Metric, string Subtask, ProcessorDefinition? Processor);
