namespace NovaForge.Schema.Checks;

/// <summary>One semantic rule over a bound pipeline. Checks report through the context and never throw on user input.</summary>
public interface IPipelineCheck
{
    void Run(CheckContext context);
}
