namespace NovaForge.Runner.Local.Model.Training;

/// <summary>A prompt with the response the model should give (SFT).</summary>
public sealed record SupervisedExample(Prompt Prompt, string Response);
