namespace NewsBot.Discord.Gateway;

/// <summary>Makes a new <see cref="WebSocketGatewayTransport"/> per connection.</summary>
internal sealed class WebSocketGatewayTransportFactory : IGatewayTransportFactory
{
    public IGatewayTransport Create() => new WebSocketGatewayTransport();
}
