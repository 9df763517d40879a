using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>
/// Discord's message limits: content ≤ 2000 code points, ≤ 10 embeds within their field limits and 6000 characters in
/// total, legacy component layout, <c>allowed_mentions</c> shape, nonce and flags. Errors land in a <see cref="FormErrors"/> tree.
/// </summary>
internal static class MessageValidator
{
    public const long ComponentsV2Flag = 1L << 15;
    public const long EphemeralFlag = 1L << 6;
    public const long MessageFlags = 4 | 4096 | 8192 | ComponentsV2Flag;
    public const long InteractionMessageFlags = MessageFlags | EphemeralFlag;

    public static void Validate(JsonObject body, FormErrors errors, long allowedFlags, string prefix = "")
    {
        var flags = 0L;
        if (body["flags"] is JsonValue flagsValue)
        {
            if (!flagsValue.TryGetValue(out flags) || (flags & ~allowedFlags) != 0)
            {
                errors.Add(prefix + "flags", "MESSAGE_FLAGS_INVALID", "Invalid flags.");
            }
        }

        if (body["content"] is { } content)
        {
            if (content is not JsonValue contentValue || !contentValue.TryGetValue(out string? text))
            {
                errors.Add(prefix + "content", "BASE_TYPE_STRING", "Could not interpret the value as string.");
            }
            else if (text.EnumerateRunes().Count() > 2000)
            {
                // Discord counts Unicode code points, not UTF-16 units.
                errors.MaxLength(prefix + "content", 2000);
            }
        }

        if (body["nonce"] is JsonValue nonce && nonce.GetValueKind() == JsonValueKind.String && nonce.GetValue<string>().Length > 25)
        {
            errors.MaxLength(prefix + "nonce", 25);
        }

        if (body["sticker_ids"] is JsonArray { Count: > 3 })
        {
            errors.MaxLength(prefix + "sticker_ids", 3);
        }

        EmbedValidator.Validate(body["embeds"], errors, prefix + "embeds");
        ComponentValidator.Validate(body["components"], errors, prefix + "components", (flags & ComponentsV2Flag) != 0);
        if ((flags & ComponentsV2Flag) != 0 && (HasText(body["content"]) || body["embeds"] is JsonArray { Count: > 0 }))
        {
            errors.Add(prefix + "content", "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
                "The 'content' and 'embeds' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2");
        }

        ValidateAllowedMentions(body["allowed_mentions"], errors, prefix + "allowed_mentions");
    }

    /// <summary>True when nothing visible would be sent (Discord's 50006).</summary>
    public static bool IsEmpty(JsonObject body, IReadOnlyList<string> files) =>
        !HasText(body["content"]) &&
        body["embeds"] is not JsonArray { Count: > 0 } &&
        body["components"] is not JsonArray { Count: > 0 } &&
        body["sticker_ids"] is not JsonArray { Count: > 0 } &&
        body["poll"] is null &&
        files.Count == 0;

    private static bool HasText(JsonNode? content) =>
        content is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0;

    private static void ValidateAllowedMentions(JsonNode? node, FormErrors errors, string path)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonObject allowed)
        {
            errors.Add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            return;
        }

        var parse = new List<string>();
        if (allowed["parse"] is JsonArray parseArray)
        {
            for (var i = 0; i < parseArray.Count; i++)
            {
                var value = parseArray[i] is JsonValue item && item.TryGetValue(out string? text) ? text : null;
                if (value is not ("users" or "roles" or "everyone"))
                {
                    errors.Add($"{path}.parse.{i}", "BASE_TYPE_CHOICES", "Value must be one of {'everyone', 'users', 'roles'}.");
                }
                else
                {
                    parse.Add(value);
                }
            }
        }

        foreach (var kind in new[] { "users", "roles" })
        {
            if (allowed[kind] is JsonArray ids)
            {
                if (ids.Count > 100)
                {
                    errors.MaxLength($"{path}.{kind}", 100);
                }

                if (parse.Contains(kind))
                {
                    errors.Add(path, "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                        $"parse:[\"{kind}\"] and {kind}: [ids] are mutually exclusive.");
                }
            }
        }
    }
}
