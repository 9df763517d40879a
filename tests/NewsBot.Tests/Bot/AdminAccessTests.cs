using NewsBot.Bot;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Bot;

public sealed class AdminAccessTests
{
    private static readonly BotOptions NoAdmins = new();

    [Theory]
    [InlineData(1UL << 5)]
    [InlineData(1UL << 3)]
    [InlineData((1UL << 5) | (1UL << 10) | (1UL << 11))]
    public void IsAdmin_ManageServerOrAdministrator_IsAllowed(ulong permissions) =>
        Assert.True(AdminAccess.IsAdmin(Interaction(permissions), NoAdmins));

    [Theory]
    [InlineData(0UL)]
    [InlineData((1UL << 10) | (1UL << 11) | (1UL << 13))]
    public void IsAdmin_OrdinaryMember_IsRefused(ulong permissions) =>
        Assert.False(AdminAccess.IsAdmin(Interaction(permissions), NoAdmins));

    [Fact]
    public void IsAdmin_ConfiguredAdminUser_IsAllowedWithoutPermissions() =>
        Assert.True(AdminAccess.IsAdmin(Interaction(0, userId: 42), new BotOptions { AdminUserIds = [42] }));

    [Fact]
    public void IsAdmin_MemberOfAdminRole_IsAllowed() =>
        Assert.True(AdminAccess.IsAdmin(Interaction(0, roles: [7, 9]), new BotOptions { AdminRoleIds = [9] }));

    [Fact]
    public void IsAdmin_DirectMessageFromUnlistedUser_IsRefused()
    {
        var dm = Interaction(0) with { Member = null, User = new DiscordUser(5, "someone") };

        Assert.False(AdminAccess.IsAdmin(dm, new BotOptions { AdminRoleIds = [9] }));
    }

    [Fact]
    public void IsAdmin_DirectMessageFromListedUser_IsAllowed()
    {
        var dm = Interaction(0) with { Member = null, User = new DiscordUser(42, "owner") };

        Assert.True(AdminAccess.IsAdmin(dm, new BotOptions { AdminUserIds = [42] }));
    }

    private static DiscordInteraction Interaction(ulong permissions, ulong userId = 1, ulong[]? roles = null) => new()
    {
        Id = 1,
        ApplicationId = 2,
        Type = InteractionType.ApplicationCommand,
        Token = "token",
        GuildId = 3,
        Member = new DiscordGuildMember { User = new DiscordUser(userId, "user"), Permissions = permissions, Roles = roles ?? [] },
    };
}
