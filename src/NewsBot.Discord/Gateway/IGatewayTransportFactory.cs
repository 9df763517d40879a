namespace NewsBot.Discord.Gateway;

/// <summary>Makes a fresh transport per connection (a WebSocket cannot be reused).</summary>
internal interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}
