using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Serialization;

/// <summary>
/// Discord sends snowflakes and permission bitfields as JSON strings (they overflow a JavaScript number).
/// In this library every <see cref="ulong"/> on the wire is such a value, so the converter is registered
/// for the whole context: strings on the wire, <see cref="ulong"/> in code.
/// </summary>
internal sealed class SnowflakeJsonConverter : JsonConverter<ulong>
{
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Tolerate a bare number too: some payloads (and older tools) send small ids unquoted.
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetUInt64();
        }

        var text = reader.GetString();
        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new JsonException($"Expected a snowflake (decimal digits in a string) but found '{text}'.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));

    public override ulong ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ulong.Parse(reader.GetString()!, NumberStyles.None, CultureInfo.InvariantCulture);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString(CultureInfo.InvariantCulture));
}
