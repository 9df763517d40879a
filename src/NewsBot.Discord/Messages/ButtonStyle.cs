namespace NewsBot.Discord.Messages;

/// <summary>Button styles; all but <see cref="Link"/> need a custom id and send an interaction when clicked.</summary>
public enum ButtonStyle
{
    /// <summary>Blurple.</summary>
    Primary = 1,

    /// <summary>Grey.</summary>
    Secondary = 2,

    /// <summary>Green.</summary>
    Success = 3,

    /// <summary>Red.</summary>
    Danger = 4,

    /// <summary>Opens a URL; needs <see cref="Button.Url"/>, has no custom id.</summary>
    Link = 5,
}
