using NewsBot.Discord.Models;

namespace NewsBot.Bot;

/// <summary>
/// Who may run the admin commands. Checked on every call: <c>default_member_permissions</c> only hides a command by
/// default, and server admins can grant it to anyone in Server Settings → Integrations.
/// </summary>
internal static class AdminAccess
{
    /// <summary>ADMINISTRATOR (1&lt;&lt;3): implies every permission.</summary>
    public const ulong Administrator = 1UL << 3;

    /// <summary>MANAGE_GUILD (1&lt;&lt;5), "Manage Server": the permission the admin commands are registered with.</summary>
    public const ulong ManageGuild = 1UL << 5;

    public static bool IsAdmin(DiscordInteraction interaction, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(options);
        if (interaction.Invoker is { } invoker && options.AdminUserIds.Contains(invoker.Id))
        {
            return true;
        }

        if (interaction.Member is not { } member)
        {
            return false; // outside a server only the listed admin users count
        }

        if (member.Permissions is { } permissions && (permissions & (Administrator | ManageGuild)) != 0)
        {
            return true;
        }

        return member.Roles.Any(options.AdminRoleIds.Contains);
    }
}
