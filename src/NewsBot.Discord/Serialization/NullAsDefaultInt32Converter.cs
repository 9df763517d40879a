using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Serialization;

/// <summary>
/// Reads a JSON <c>null</c> as 0 (e.g. an optional <c>flags?</c> written as <c>null</c>), so one such field
/// does not make a whole event unreadable.
/// </summary>
internal sealed class NullAsDefaultInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? 0 : reader.GetInt32();

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
