using System.Buffers.Binary;
using System.IO.Compression;

namespace NovaForge.Runner.Tests.Support;

/// <summary>
/// A minimal PNG decoder for screenshots (8-bit RGB or RGBA, not interlaced, as Chromium writes them): enough to tell a
/// rendered page from a blank one.
/// </summary>
public sealed class PngImage
{
    private PngImage(int width, int height, byte[] pixels, int channels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
        Channels = channels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Unfiltered rows, <see cref="Channels"/> bytes per pixel.</summary>
    public byte[] Pixels { get; }

    public int Channels { get; }

    public static PngImage Read(string file)
    {
        var bytes = File.ReadAllBytes(file);
        Assert.True(bytes.Length > 8 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), $"{file} is not a PNG");
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                channels = data[9] switch { 2 => 3, 6 => 4, _ => throw new NotSupportedException($"PNG color type {data[9]}") };
                Assert.Equal(0, data[12]);
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, Unfilter(inflated.ToArray(), width, height, channels), channels);
    }

    /// <summary>How many distinct colors appear among every <paramref name="stride"/>-th pixel.</summary>
    public int DistinctColors(int stride = 7)
    {
        var colors = new HashSet<int>();
        for (var p = 0; p < Width * Height; p += stride)
        {
            var i = p * Channels;
            colors.Add((Pixels[i] << 16) | (Pixels[i + 1] << 8) | Pixels[i + 2]);
        }

        return colors.Count;
    }

    private static byte[] Unfilter(byte[] data, int width, int height, int channels)
    {
        var rowLength = width * channels;
        var pixels = new byte[rowLength * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (rowLength + 1)];
            var source = y * (rowLength + 1) + 1;
            var row = y * rowLength;
            for (var x = 0; x < rowLength; x++)
            {
                int left = x >= channels ? pixels[row + x - channels] : 0;
                int up = y > 0 ? pixels[row - rowLength + x] : 0;
                int upLeft = x >= channels && y > 0 ? pixels[row - rowLength + x - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                };
                pixels[row + x] = (byte)(data[source + x] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
