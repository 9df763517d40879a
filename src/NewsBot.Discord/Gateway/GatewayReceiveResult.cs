namespace NewsBot.Discord.Gateway;

/// <summary>A whole received message, or the close that ended the connection.</summary>
/// <param name="Message">UTF-8 JSON of the message; empty when closed.</param>
/// <param name="CloseCode">The close code when the server closed (null: message, or dropped without a code).</param>
/// <param name="Closed">True when the connection ended.</param>
internal sealed record GatewayReceiveResult(ReadOnlyMemory<byte> Message, int? CloseCode, bool Closed)
{
    public static GatewayReceiveResult Text(ReadOnlyMemory<byte> message) => new(message, null, false);

    public static GatewayReceiveResult Close(int? closeCode) => new(ReadOnlyMemory<byte>.Empty, closeCode, true);
}
