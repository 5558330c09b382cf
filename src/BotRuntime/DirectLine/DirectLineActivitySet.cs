using System.Buffers;
using System.Text.Json;

namespace BotRuntime.DirectLine;

/// <summary>Writes Direct Line's ActivitySet <c>{ activities: [...], watermark }</c> from logged JSON without re-serializing it.</summary>
internal static class DirectLineActivitySet
{
    public static byte[] Write(IEnumerable<string> activityJsons, long watermark)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var json in activityJsons)
            {
                // Logged JSON was written by this channel's own serializer.
                writer.WriteRawValue(json, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", DirectLineIds.Watermark(watermark));
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
