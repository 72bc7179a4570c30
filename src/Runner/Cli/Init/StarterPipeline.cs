using System.Globalization;
using System.Text;

namespace NovaForge.Runner.Cli.Init;

/// <summary>The commented starter pipeline <c>novaforge init</c> writes, and the small example data it trains on.</summary>
public static class StarterPipeline
{
    public const string PipelineFile = "pipeline.yaml";
    public const string SchemaFile = "pipeline.schema.json";
    public const string DataFile = "data/reviews.csv";

    public static string Pipeline(string name) => $$"""
        # yaml-language-server: $schema=./{{SchemaFile}}
        #
        # A starter pipeline: evaluate the base model, fine-tune it (SFT), evaluate again.
        # It runs on this machine with the small built-in model:   novaforge run {{PipelineFile}}
        # To run on Amazon SageMaker AI, set runtime.kind: sagemaker and give region, role and an s3:// storage.
        # Every key is documented on hover in editors with the YAML extension; see also 'novaforge validate'.
        name: {{name}}
        description: Classify product reviews as positive or negative.
        model: nova-lite-2                  # nova-micro, nova-lite, nova-pro (Nova 1.0) or nova-lite-2 (Nova 2.0)

        runtime:
          kind: local                       # local (this machine, free) or sagemaker

        datasets:
          reviews:
            source: {{DataFile}}           # CSV, JSONL or Parquet, relative to this file
            columns:                        # which columns feed which fields
              query: review
              response: sentiment
            system_prompt: Classify the review as positive or negative. Answer with one word.
            split: { train: 0.75, test: 0.25 }
            seed: 42

        stages:
          - id: baseline                    # the untouched model, for comparison
            kind: eval
            dataset: reviews.test
            eval: { task: gen_qa }

          - id: sft                         # supervised fine-tuning with LoRA
            kind: sft
            method: lora
            dataset: reviews.train
            overrides:                      # recipe parameters by name; the catalog checks each one
              max_steps: 20
              global_batch_size: 32

          - id: eval_sft
            kind: eval
            from: sft                       # evaluate the fine-tuned checkpoint
            dataset: reviews.test
            eval: { task: gen_qa }

        """;

    /// <summary>Short reviews with their sentiment; deterministic, so a fresh init always trains the same way.</summary>
    public static string Data()
    {
        string[] products = ["headphones", "blender", "backpack", "desk lamp", "kettle", "keyboard", "tent", "camera"];
        string[] good = ["works perfectly", "exceeded my expectations", "great value for the price", "I use it every day and love it", "sturdy and well made", "would buy again"];
        string[] bad = ["stopped working after a week", "arrived broken", "a waste of money", "feels cheap and flimsy", "the worst purchase this year", "returned it the next day"];
        var builder = new StringBuilder("review,sentiment\n");
        for (var i = 0; i < 64; i++)
        {
            var positive = i % 2 == 0;
            var phrases = positive ? good : bad;
            var text = string.Create(CultureInfo.InvariantCulture, $"The {products[i % products.Length]} {phrases[i / 2 % phrases.Length]}.");
            builder.Append('"').Append(text).Append("\",").Append(positive ? "positive" : "negative").Append('\n');
        }

        return builder.ToString();
    }
}
