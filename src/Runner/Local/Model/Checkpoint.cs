using System.Security.Cryptography;
using System.Text.Json;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.Local.Model;

/// <summary>
/// Saves and loads local models as a folder: manifest.json (readable: name, vocabulary, lineage) and weights.bin
/// (compact little-endian binary: the scorer's non-zero rows and the CPT statistics). No timestamps, so the same
/// training gives byte-identical checkpoints.
/// </summary>
public static class Checkpoint
{
    public const string ManifestFileName = "manifest.json";
    public const string WeightsFileName = "weights.bin";

    private const int Magic = 0x4D4C464E; // "NFLM"
    private const int Version = 1;

    public static bool Exists(string directory) => File.Exists(Path.Combine(directory, ManifestFileName));

    public static void Save(LocalModel model, string directory, string? inPlaceOf)
    {
        Directory.CreateDirectory(directory);
        byte[] weights;
        using (var buffer = new MemoryStream())
        {
            using (var writer = new BinaryWriter(buffer))
            {
                writer.Write(Magic);
                writer.Write(Version);
                writer.Write(model.Scorer is not null);
                model.Scorer?.Write(writer);
                writer.Write(model.Statistics is not null);
                model.Statistics?.Write(writer);
            }

            weights = buffer.ToArray();
        }

        File.WriteAllBytes(Path.Combine(directory, WeightsFileName), weights);
        var manifest = new CheckpointManifest
        {
            InPlaceOf = inPlaceOf,
            FeatureDimension = model.Scorer?.Dimension ?? 0,
            Responses = model.Vocabulary.Responses,
            HasFeatureStatistics = model.Statistics is not null,
            History = model.History,
            WeightsSha256 = Convert.ToHexStringLower(SHA256.HashData(weights)),
        };

        // The manifest is written last: a folder with a manifest is a complete checkpoint.
        File.WriteAllText(Path.Combine(directory, ManifestFileName), JsonSerializer.Serialize(manifest, NovaJson.Indented) + "\n");
    }

    public static CheckpointManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, ManifestFileName);
        var manifest = JsonSerializer.Deserialize<CheckpointManifest>(File.ReadAllText(path), NovaJson.Options)
            ?? throw new InvalidDataException($"{path} is empty");
        return manifest.Format == CheckpointManifest.CurrentFormat
            ? manifest
            : throw new InvalidDataException($"{path} has format '{manifest.Format}'; this runner reads '{CheckpointManifest.CurrentFormat}'");
    }

    /// <summary>Loads a checkpoint folder; throws <see cref="InvalidDataException"/> or <see cref="IOException"/> when it is missing or damaged.</summary>
    public static LocalModel Load(string directory)
    {
        var manifest = ReadManifest(directory);
        var bytes = File.ReadAllBytes(Path.Combine(directory, manifest.WeightsFile));
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), manifest.WeightsSha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{manifest.WeightsFile} in {directory} does not match the hash in its manifest");
        }

        using var reader = new BinaryReader(new MemoryStream(bytes));
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"{manifest.WeightsFile} in {directory} is not a version {Version} local model");
        }

        var scorer = reader.ReadBoolean() ? LinearScorer.Read(reader) : null;
        var statistics = reader.ReadBoolean() ? FeatureStatistics.Read(reader) : null;
        var vocabulary = new ResponseVocabulary(manifest.Responses);
        if (scorer is not null && scorer.Classes != vocabulary.Count)
        {
            throw new InvalidDataException($"the weights score {scorer.Classes} responses but the manifest lists {vocabulary.Count}");
        }

        return LocalModel.Restore(vocabulary, scorer, statistics, manifest.History);
    }
}
