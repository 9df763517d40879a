namespace NewsBot.Discord.Emulator;

/// <summary>A snapshot of one gateway connection.</summary>
/// <param name="Id">Connection number, from 1 in order of arrival.</param>
/// <param name="ViaResumeUrl">Whether the client connected to <c>resume_gateway_url</c>.</param>
/// <param name="Query">The query string it used.</param>
/// <param name="SessionId">Session it identified or resumed, if any.</param>
/// <param name="IsOpen">Still open.</param>
/// <param name="CloseCode">Close code, once closed with one.</param>
/// <param name="ClosedByClient">True if the client closed, false if the emulator did, null while open or after a drop.</param>
/// <param name="HeartbeatsReceived">Op 1 payloads received.</param>
public sealed record GatewayConnectionInfo(
    int Id, bool ViaResumeUrl, string Query, string? SessionId, bool IsOpen, int? CloseCode, bool? ClosedByClient, int HeartbeatsReceived);
