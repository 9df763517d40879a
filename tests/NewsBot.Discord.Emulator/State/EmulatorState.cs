using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.State;

/// <summary>
/// The emulated Discord world: users, guilds, channels, messages, commands and interactions. Every read and write takes
/// <see cref="Sync"/>; every write calls <see cref="ChangeSignal.Notify"/> so waiting tests wake up.
/// </summary>
internal sealed class EmulatorState(TimeProvider time)
{
    public Lock Sync { get; } = new();
    public ChangeSignal Changed { get; } = new();
    public SnowflakeGenerator Snowflakes { get; } = new(time);
    public TimeProvider Time => time;

    public Dictionary<ulong, EmulatedUser> Users { get; } = [];
    public Dictionary<ulong, EmulatedGuild> Guilds { get; } = [];
    public Dictionary<ulong, EmulatedRole> Roles { get; } = [];
    public Dictionary<(ulong GuildId, ulong UserId), EmulatedMember> Members { get; } = [];
    public Dictionary<ulong, EmulatedChannel> Channels { get; } = [];
    public Dictionary<ulong, ulong> DirectMessageChannelByUser { get; } = [];
    public Dictionary<ulong, MessageRecord> Messages { get; } = [];
    public Dictionary<ulong, List<ulong>> MessageIdsByChannel { get; } = [];
    public Dictionary<(ulong ChannelId, string Nonce), ulong> MessageIdByNonce { get; } = [];
    public Dictionary<ulong, CommandRecord> Commands { get; } = [];
    public Dictionary<ulong, InteractionRecord> Interactions { get; } = [];
    public Dictionary<string, ulong> InteractionIdByToken { get; } = new(StringComparer.Ordinal);

    public List<RecordedRequest> Requests { get; } = [];
    public Queue<DateTimeOffset> InvalidRequests { get; } = new();

    public ulong BotUserId { get; set; }

    /// <summary>Adds a message to its channel. Caller holds <see cref="Sync"/>.</summary>
    public void AddMessage(MessageRecord message)
    {
        Messages[message.Id] = message;
        if (!MessageIdsByChannel.TryGetValue(message.ChannelId, out var ids))
        {
            ids = [];
            MessageIdsByChannel[message.ChannelId] = ids;
        }

        ids.Add(message.Id);
    }

    /// <summary>The DM channel with <paramref name="recipient"/>, created on first use. Caller holds <see cref="Sync"/>.</summary>
    public EmulatedChannel OpenDirectMessage(EmulatedUser recipient)
    {
        if (DirectMessageChannelByUser.TryGetValue(recipient.Id, out var existing))
        {
            return Channels[existing];
        }

        var channel = new EmulatedChannel(Snowflakes.Next(), null, 1, null, recipient.Id, DiscordPermissions.DefaultBot);
        Channels[channel.Id] = channel;
        DirectMessageChannelByUser[recipient.Id] = channel.Id;
        return channel;
    }

    /// <summary>Permissions of a member from @everyone plus their roles; ADMINISTRATOR implies all. Caller holds <see cref="Sync"/>.</summary>
    public ulong PermissionsOf(ulong guildId, ulong userId)
    {
        var permissions = Roles.TryGetValue(guildId, out var everyone) ? everyone.Permissions : 0;
        if (Members.TryGetValue((guildId, userId), out var member))
        {
            foreach (var roleId in member.RoleIds)
            {
                if (Roles.TryGetValue(roleId, out var role))
                {
                    permissions |= role.Permissions;
                }
            }
        }

        if (Guilds.TryGetValue(guildId, out var guild) && guild.OwnerId == userId)
        {
            return DiscordPermissions.All;
        }

        return (permissions & DiscordPermissions.Administrator) != 0 ? DiscordPermissions.All : permissions;
    }

    /// <summary>Looks an interaction up by id and token together, as the callback route does. Caller holds <see cref="Sync"/>.</summary>
    public InteractionRecord? FindInteraction(ulong id, string token) =>
        Interactions.TryGetValue(id, out var interaction) && BotTokenFactory.FixedTimeEquals(token, interaction.Token)
            ? interaction
            : null;

    public InteractionRecord? FindInteractionByToken(string token) =>
        InteractionIdByToken.TryGetValue(token, out var id) ? Interactions[id] : null;

    public string NowIso() => DiscordJson.Timestamp(time.GetUtcNow());

    public JsonObject BotUserJson() => DiscordJson.User(Users[BotUserId]);
}
