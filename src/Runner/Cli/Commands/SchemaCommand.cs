using System.CommandLine;
using NovaForge.Schema.Validation;

namespace NovaForge.Runner.Cli.Commands;

/// <summary><c>novaforge schema</c>: prints the pipeline JSON Schema (the one committed as schemas/pipeline.schema.json).</summary>
public static class SchemaCommand
{
    public static Command Create(IOContext io)
    {
        var command = new Command("schema", "Print the pipeline JSON Schema, for editors and other tools.");
        command.SetAction(_ =>
        {
            io.Output.Write(PipelineSchema.Default.Text);
            return ExitCodes.Success;
        });
        return command;
    }
}
