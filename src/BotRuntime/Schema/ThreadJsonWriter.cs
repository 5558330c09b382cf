using System.Buffers;
using System.Text.Json;

namespace BotRuntime.Schema;

/// <summary>
/// A UTF-8 JSON writer and its buffer, reused per thread, for code that writes a whole document without awaiting in
/// between (turn state, expanded cards): the only allocation left is whatever is made of the written bytes.
/// </summary>
internal static class ThreadJsonWriter
{
    // A document far larger than usual does not keep its buffer alive on the thread.
    private const int KeptCapacity = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;
    [ThreadStatic]
    private static Utf8JsonWriter? writer;

    /// <summary>The thread's writer, emptied; what it writes is valid until the next <see cref="Start"/> on this thread.</summary>
    public static Utf8JsonWriter Start()
    {
        var bytes = buffer ??= new ArrayBufferWriter<byte>(4096);
        var json = writer ??= new Utf8JsonWriter(bytes, new JsonWriterOptions { Encoder = BotJson.Options.Encoder, SkipValidation = true });
        bytes.ResetWrittenCount();
        json.Reset(bytes);
        return json;
    }

    /// <summary>What was written since <see cref="Start"/>.</summary>
    public static ReadOnlySpan<byte> Written()
    {
        writer!.Flush();
        var written = buffer!.WrittenSpan;
        if (buffer.Capacity > KeptCapacity)
        {
            buffer = null;
            writer = null;
        }

        return written;
    }
}
