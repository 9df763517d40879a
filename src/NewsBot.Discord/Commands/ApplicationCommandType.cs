namespace NewsBot.Discord.Commands;

/// <summary>Where a command appears.</summary>
public enum ApplicationCommandType
{
    /// <summary>A slash command typed in the chat box.</summary>
    ChatInput = 1,

    /// <summary>Right-click on a user → Apps.</summary>
    User = 2,

    /// <summary>Right-click on a message → Apps (the message arrives as the target).</summary>
    Message = 3,
}
