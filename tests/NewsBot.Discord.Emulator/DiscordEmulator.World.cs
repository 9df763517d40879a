using NewsBot.Discord.Emulator.Gateway;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator;

/// <summary>Seeding the emulated world: users, guilds, roles, members, channels and DMs.</summary>
public sealed partial class DiscordEmulator
{
    /// <summary>Adds a user (not yet in any guild; see <see cref="AddMember"/>).</summary>
    public EmulatedUser AddUser(string username, bool isBot = false, bool acceptsDirectMessages = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        var user = new EmulatedUser(_state.Snowflakes.Next(), username, isBot, acceptsDirectMessages);
        lock (_state.Sync)
        {
            _state.Users[user.Id] = user;
        }

        _state.Changed.Notify();
        return user;
    }

    /// <summary>Adds a guild the bot joins, with its @everyone role, and dispatches GUILD_CREATE to connected sessions.</summary>
    public async Task<EmulatedGuild> AddGuildAsync(string name, CancellationToken cancellationToken = default)
    {
        var guild = AddGuildCore(name, User.Id);
        AddMember(guild.Id, User.Id);
        System.Text.Json.Nodes.JsonObject guildCreate;
        lock (_state.Sync)
        {
            guildCreate = GuildCreatePayload.Build(_state, guild);
        }

        await _gateway.DispatchAsync(new DispatchEvent("GUILD_CREATE", guildCreate, guild.Id, GatewayIntents.Guilds), cancellationToken).ConfigureAwait(false);
        return guild;
    }

    private EmulatedGuild AddGuildCore(string name, ulong ownerId)
    {
        var guild = new EmulatedGuild(_state.Snowflakes.Next(), name, ownerId);
        lock (_state.Sync)
        {
            _state.Guilds[guild.Id] = guild;
            // The @everyone role shares the guild's id.
            _state.Roles[guild.Id] = new EmulatedRole(guild.Id, guild.Id, "@everyone", DiscordPermissions.DefaultMember);
            var now = _state.Time.GetUtcNow();
            _state.Members[(guild.Id, _state.BotUserId)] = new EmulatedMember(guild.Id, _state.BotUserId, [], now);
            if (_state.Users.ContainsKey(ownerId))
            {
                _state.Members[(guild.Id, ownerId)] = new EmulatedMember(guild.Id, ownerId, [], now);
            }
        }

        _state.Changed.Notify();
        return guild;
    }

    /// <summary>Adds a role to a guild.</summary>
    public EmulatedRole AddRole(ulong guildId, string name, ulong permissions)
    {
        var role = new EmulatedRole(_state.Snowflakes.Next(), guildId, name, permissions);
        lock (_state.Sync)
        {
            RequireGuild(guildId);
            _state.Roles[role.Id] = role;
        }

        _state.Changed.Notify();
        return role;
    }

    /// <summary>Sets what @everyone may do in a guild (the base of every member's permissions).</summary>
    public EmulatedRole SetEveryonePermissions(ulong guildId, ulong permissions)
    {
        var role = new EmulatedRole(guildId, guildId, "@everyone", permissions);
        lock (_state.Sync)
        {
            RequireGuild(guildId);
            _state.Roles[guildId] = role;
        }

        _state.Changed.Notify();
        return role;
    }

    /// <summary>Makes <paramref name="userId"/> a member of <paramref name="guildId"/> with the given roles (replacing earlier roles).</summary>
    public EmulatedMember AddMember(ulong guildId, ulong userId, params IEnumerable<ulong> roleIds)
    {
        var member = new EmulatedMember(guildId, userId, roleIds.ToList(), _state.Time.GetUtcNow());
        lock (_state.Sync)
        {
            RequireGuild(guildId);
            if (!_state.Users.ContainsKey(userId))
            {
                throw new ArgumentException($"User {userId} does not exist; add it with AddUser first.", nameof(userId));
            }

            _state.Members[(guildId, userId)] = member;
        }

        _state.Changed.Notify();
        return member;
    }

    /// <summary>Adds a text channel (type 0) to a guild; <paramref name="botPermissions"/> overrides what the bot may do there.</summary>
    public EmulatedChannel AddTextChannel(ulong guildId, string name, ulong? botPermissions = null) =>
        AddChannel(guildId, name, 0, botPermissions);

    /// <summary>Adds a guild channel of any type (e.g. 2 voice, 4 category) to a guild.</summary>
    public EmulatedChannel AddChannel(ulong guildId, string name, int type, ulong? botPermissions = null)
    {
        var channel = new EmulatedChannel(_state.Snowflakes.Next(), guildId, type, name, null, botPermissions ?? DiscordPermissions.DefaultBot);
        lock (_state.Sync)
        {
            RequireGuild(guildId);
            _state.Channels[channel.Id] = channel;
        }

        _state.Changed.Notify();
        return channel;
    }

    /// <summary>Changes what the bot may do in a channel (e.g. remove SEND_MESSAGES to provoke 50013).</summary>
    public EmulatedChannel SetBotPermissions(ulong channelId, ulong permissions)
    {
        lock (_state.Sync)
        {
            var channel = _state.Channels.TryGetValue(channelId, out var found)
                ? found with { BotPermissions = permissions }
                : throw new ArgumentException($"Channel {channelId} does not exist.", nameof(channelId));
            _state.Channels[channelId] = channel;
            return channel;
        }
    }

    /// <summary>The DM channel between the bot and <paramref name="userId"/>, created on first use.</summary>
    public EmulatedChannel OpenDirectMessageChannel(ulong userId)
    {
        lock (_state.Sync)
        {
            var user = _state.Users.TryGetValue(userId, out var found)
                ? found
                : throw new ArgumentException($"User {userId} does not exist.", nameof(userId));
            return _state.OpenDirectMessage(user);
        }
    }

    /// <summary>A user by id.</summary>
    public EmulatedUser GetUser(ulong userId)
    {
        lock (_state.Sync)
        {
            return _state.Users[userId];
        }
    }

    private void RequireGuild(ulong guildId)
    {
        if (!_state.Guilds.ContainsKey(guildId))
        {
            throw new ArgumentException($"Guild {guildId} does not exist.", nameof(guildId));
        }
    }
}
