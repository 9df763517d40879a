namespace NewsBot.Discord.Gateway;

/// <summary>What to do after a gateway connection ended.</summary>
internal enum ReconnectAction
{
    /// <summary>Reconnect to <c>resume_gateway_url</c> and RESUME the session (missed events are replayed).</summary>
    Resume,

    /// <summary>Start a new session: reconnect to the gateway URL and IDENTIFY.</summary>
    Identify,

    /// <summary>Do not reconnect: the operator must fix something first.</summary>
    Fatal,
}
