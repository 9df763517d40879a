using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>Embed limits (inclusive): title 256, description 4096, 25 fields of 256/1024, footer 2048, author 256, 6000 in total, 10 embeds.</summary>
internal static class EmbedValidator
{
    public static void Validate(JsonNode? node, FormErrors errors, string path)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonArray embeds)
        {
            errors.Add(path, "BASE_TYPE_LIST", "Not a list.");
            return;
        }

        if (embeds.Count > 10)
        {
            errors.MaxLength(path, 10);
        }

        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            if (embeds[i] is not JsonObject embed)
            {
                errors.Add($"{path}.{i}", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                continue;
            }

            total += Check(embed["title"], 256, $"{path}.{i}.title", errors);
            total += Check(embed["description"], 4096, $"{path}.{i}.description", errors);
            total += Check((embed["footer"] as JsonObject)?["text"], 2048, $"{path}.{i}.footer.text", errors);
            total += Check((embed["author"] as JsonObject)?["name"], 256, $"{path}.{i}.author.name", errors);
            if (embed["fields"] is JsonArray fields)
            {
                if (fields.Count > 25)
                {
                    errors.MaxLength($"{path}.{i}.fields", 25);
                }

                for (var f = 0; f < fields.Count; f++)
                {
                    var field = fields[f] as JsonObject;
                    var fieldPath = $"{path}.{i}.fields.{f}";
                    if (field?["name"] is null)
                    {
                        errors.Required(fieldPath + ".name");
                    }

                    if (field?["value"] is null)
                    {
                        errors.Required(fieldPath + ".value");
                    }

                    total += Check(field?["name"], 256, fieldPath + ".name", errors);
                    total += Check(field?["value"], 1024, fieldPath + ".value", errors);
                }
            }
        }

        if (total > 6000)
        {
            errors.Add(path, "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
        }
    }

    private static int Check(JsonNode? node, int max, string path, FormErrors errors)
    {
        if (node is not JsonValue value || !value.TryGetValue(out string? text))
        {
            return 0;
        }

        // Limits apply to the trimmed text, counted in code points.
        var length = text.Trim().EnumerateRunes().Count();
        if (length > max)
        {
            errors.MaxLength(path, max);
        }

        return length;
    }
}
