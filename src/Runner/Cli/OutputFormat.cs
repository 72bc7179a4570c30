namespace NovaForge.Runner.Cli;

/// <summary>Text for people, JSON for tools.</summary>
public enum OutputFormat
{
    Text,
    Json,
}
