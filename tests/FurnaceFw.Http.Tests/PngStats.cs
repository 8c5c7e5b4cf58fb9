using System.Buffers.Binary;
using System.IO.Compression;

namespace FurnaceFw.Http.Tests;

/// <summary>Decodes an 8-bit RGB/RGBA PNG (what Chromium's screenshots are) just enough to tell a page from a blank one.</summary>
internal static class PngStats
{
    public sealed record Result(int Width, int Height, int DistinctColours, double NonBackgroundFraction);

    public static Result Analyse(byte[] png)
    {
        int width = 0, height = 0, channels = 0;
        var idat = new MemoryStream();
        for (int at = 8; at < png.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || (data[9] != 2 && data[9] != 6) || data[12] != 0)
                {
                    throw new NotSupportedException($"PNG bit depth {data[8]}, colour type {data[9]}, interlace {data[12]}");
                }

                channels = data[9] == 6 ? 4 : 3;
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflate = new ZLibStream(idat, CompressionMode.Decompress);
        var raw = new MemoryStream();
        inflate.CopyTo(raw);
        byte[] pixels = Unfilter(raw.ToArray(), width, height, channels);

        var colours = new Dictionary<int, int>();
        for (int i = 0; i < pixels.Length; i += channels)
        {
            int rgb = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
            colours[rgb] = colours.GetValueOrDefault(rgb) + 1;
        }

        int background = colours.Values.Max();
        return new Result(width, height, colours.Count, 1.0 - (double)background / (width * height));
    }

    private static byte[] Unfilter(byte[] data, int width, int height, int bpp)
    {
        int stride = width * bpp;
        var output = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            int filter = data[y * (stride + 1)];
            int src = y * (stride + 1) + 1;
            int dst = y * stride;
            for (int x = 0; x < stride; x++)
            {
                int a = x >= bpp ? output[dst + x - bpp] : 0;
                int b = y > 0 ? output[dst + x - stride] : 0;
                int c = x >= bpp && y > 0 ? output[dst + x - stride - bpp] : 0;
                int value = data[src + x];
                output[dst + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) >> 1),
                    4 => value + Paeth(a, b, c),
                    _ => throw new NotSupportedException("PNG filter " + filter),
                });
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
