namespace NewsBot.Discord.Gateway;

internal sealed class WebSocketGatewayTransportFactory : IGatewayTransportFactory
{
    public IGatewayTransport Create() => throw new NotImplementedException();
}
