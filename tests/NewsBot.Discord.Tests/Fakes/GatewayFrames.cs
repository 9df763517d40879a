namespace NewsBot.Discord.Tests.Fakes;

/// <summary>Server-side gateway payloads as Discord sends them (shapes from Discord's Gateway v10 docs).</summary>
internal static class GatewayFrames
{
    public const string SessionId = "session-abc";
    public const string ResumeUrl = "wss://resume.example.test";
    public const ulong BotUserId = 900000000000000001;
    public const ulong ApplicationId = 900000000000000002;

    // Real HELLO frames carry an undocumented _trace; it must be ignored.
    public static string Hello(int intervalMs = 45000) =>
        $$"""{"op":10,"d":{"heartbeat_interval":{{intervalMs}},"_trace":["gateway-prd-1"]},"s":null,"t":null}""";

    public static string HeartbeatAck() => """{"op":11,"d":null,"s":null,"t":null}""";

    public static string HeartbeatRequest() => """{"op":1,"d":null,"s":null,"t":null}""";

    public static string Reconnect() => """{"op":7,"d":null,"s":null,"t":null}""";

    public static string InvalidSession(bool resumable) =>
        $$"""{"op":9,"d":{{(resumable ? "true" : "false")}},"s":null,"t":null}""";

    public static string Ready(int sequence = 1, string sessionId = SessionId, string resumeUrl = ResumeUrl) =>
        Dispatch("READY", sequence, $$"""
            {"v":10,"user":{"id":"{{BotUserId}}","username":"newsbot","discriminator":"0","global_name":null,"avatar":null,"bot":true},
             "guilds":[{"id":"800000000000000001","unavailable":true}],"session_id":"{{sessionId}}",
             "resume_gateway_url":"{{resumeUrl}}","shard":[0,1],"application":{"id":"{{ApplicationId}}","flags":8388608} }
            """);

    public static string Resumed(int sequence) => Dispatch("RESUMED", sequence, "{}");

    public static string MessageCreate(int sequence, ulong messageId, string content = "hello") =>
        Dispatch("MESSAGE_CREATE", sequence, $$"""
            {"id":"{{messageId}}","channel_id":"700000000000000001","guild_id":"800000000000000001",
             "author":{"id":"600000000000000001","username":"reader","bot":false},
             "member":{"roles":["500000000000000001"],"nick":null},"content":"{{content}}","timestamp":"2026-11-24T12:00:00.000000+00:00",
             "tts":false,"mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"type":0,"flags":0}
            """);

    public static string InteractionCreate(int sequence, ulong interactionId, string token) =>
        Dispatch("INTERACTION_CREATE", sequence, $$"""
            {"id":"{{interactionId}}","application_id":"{{ApplicationId}}","type":2,"token":"{{token}}","version":1,
             "guild_id":"800000000000000001","channel_id":"700000000000000001",
             "member":{"user":{"id":"600000000000000001","username":"reader"},"roles":["500000000000000001"],"permissions":"2147483648"},
             "data":{"id":"400000000000000001","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"who won?"}]},
             "app_permissions":"0","locale":"en-US","entitlements":[],"authorizing_integration_owners":{},"context":0}
            """);

    public static string Dispatch(string eventName, int sequence, string data) =>
        $$"""{"op":0,"d":{{data}},"s":{{sequence}},"t":"{{eventName}}"}""";
}
