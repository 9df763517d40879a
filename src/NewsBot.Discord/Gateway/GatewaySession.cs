namespace NewsBot.Discord.Gateway;

/// <summary>What a shard must remember to RESUME: session id, resume URL and the highest sequence seen.</summary>
internal sealed class GatewaySession
{
    private readonly Lock _lock = new();
    private int? _sequence;

    public string? SessionId { get; private set; }

    public string? ResumeGatewayUrl { get; private set; }

    public ulong? BotUserId { get; private set; }

    public ulong? ApplicationId { get; private set; }

    /// <summary>The sequence for heartbeats and RESUME: the highest <c>s</c> seen (never moves back).</summary>
    public int? Sequence
    {
        get
        {
            lock (_lock)
            {
                return _sequence;
            }
        }
    }

    public bool CanResume => SessionId is not null && ResumeGatewayUrl is not null;

    public void Observe(int? sequence)
    {
        if (sequence is not { } s)
        {
            return;
        }

        lock (_lock)
        {
            if (_sequence is null || s > _sequence)
            {
                _sequence = s;
            }
        }
    }

    public void Ready(string sessionId, string resumeGatewayUrl, ulong botUserId, ulong applicationId)
    {
        SessionId = sessionId;
        ResumeGatewayUrl = resumeGatewayUrl;
        BotUserId = botUserId;
        ApplicationId = applicationId;
    }

    /// <summary>Forgets the session: the next connection identifies afresh.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _sequence = null;
        }

        SessionId = null;
        ResumeGatewayUrl = null;
    }
}
