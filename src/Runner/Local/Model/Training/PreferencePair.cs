namespace NovaForge.Runner.Local.Model.Training;

/// <summary>A prompt with a preferred and a rejected response (DPO).</summary>
public sealed record PreferencePair(Prompt Prompt, string Chosen, string Rejected);
