namespace NovaForge.Runner.Local.Model.Training;

/// <summary>One prompt's GRPO loss terms and the loss gradient with respect to the response logits.</summary>
public sealed record GroupGradient(IReadOnlyList<double> Gradient, double Loss, double Kl, double Entropy);
