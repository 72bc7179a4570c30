using NovaForge.Runner.Local.Model;

namespace NovaForge.Runner.Local.Serving;

/// <summary>A validated chat-completions request: the prompt the local model answers and how to decode it.</summary>
public sealed record ChatRequest(Prompt Prompt, DecodingOptions Decoding, bool Stream, bool Logprobs);
