using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Serialization;

/// <summary>
/// Reads a JSON <c>null</c> as <c>false</c>. Discord documents flags such as <c>bot?</c>, <c>system?</c> and
/// <c>focused?</c> as optional; senders that write an unset optional as <c>null</c> instead of leaving it out
/// must not cost the whole event.
/// </summary>
internal sealed class NullAsDefaultBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType != JsonTokenType.Null && reader.GetBoolean();

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }
}
