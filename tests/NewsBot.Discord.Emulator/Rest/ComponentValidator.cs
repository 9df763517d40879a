using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>
/// Legacy component layout: ≤ 5 action rows, each with 1–5 buttons or a single select; custom_id 1–100 and unique; link
/// buttons need a url and no custom_id; labels ≤ 80. With IS_COMPONENTS_V2 only the 40-component total and ids are checked.
/// </summary>
internal static class ComponentValidator
{
    public static void Validate(JsonNode? node, FormErrors errors, string path, bool componentsV2)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonArray rows)
        {
            errors.Add(path, "BASE_TYPE_LIST", "Not a list.");
            return;
        }

        var customIds = new HashSet<string>(StringComparer.Ordinal);
        if (componentsV2)
        {
            if (Count(rows) > 40)
            {
                errors.MaxLength(path, 40);
            }

            return;
        }

        if (rows.Count > 5)
        {
            errors.MaxLength(path, 5);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var rowPath = $"{path}.{r}";
            if (rows[r] is not JsonObject row || Int(row["type"]) != 1)
            {
                errors.Add(rowPath + ".type", "BASE_TYPE_CHOICES", "Value must be one of (1,).");
                continue;
            }

            if (row["components"] is not JsonArray children || children.Count is < 1 or > 5)
            {
                errors.Length(rowPath + ".components", 1, 5);
                continue;
            }

            var hasSelect = children.Any(child => Int((child as JsonObject)?["type"]) is 3 or 5 or 6 or 7 or 8);
            if (hasSelect && children.Count > 1)
            {
                errors.Add(rowPath + ".components", "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "The specified component exceeds the maximum width");
            }

            for (var c = 0; c < children.Count; c++)
            {
                ValidateChild(children[c] as JsonObject, errors, $"{rowPath}.components.{c}", customIds);
            }
        }
    }

    private static void ValidateChild(JsonObject? child, FormErrors errors, string path, HashSet<string> customIds)
    {
        var type = Int(child?["type"]);
        if (child is null || type is not (2 or 3 or 5 or 6 or 7 or 8))
        {
            errors.Add(path + ".type", "BASE_TYPE_CHOICES", "Value must be one of (2, 3, 5, 6, 7, 8).");
            return;
        }

        var customId = child["custom_id"] is JsonValue idValue && idValue.TryGetValue(out string? id) ? id : null;
        var style = Int(child["style"]);
        if (type == 2 && style == 5)
        {
            if (child["url"] is not JsonValue urlValue || !urlValue.TryGetValue(out string? url) || url.Length is 0 or > 512)
            {
                errors.Length(path + ".url", 1, 512);
            }

            if (customId is not null)
            {
                errors.Add(path + ".custom_id", "BUTTON_COMPONENT_URL_AND_CUSTOM_ID_ARE_MUTUALLY_EXCLUSIVE", "A custom id and url cannot both be specified");
            }
        }
        else if (!(type == 2 && style == 6))
        {
            if (customId is null)
            {
                errors.Required(path + ".custom_id");
            }
            else if (customId.Length is < 1 or > 100)
            {
                errors.Length(path + ".custom_id", 1, 100);
            }
            else if (!customIds.Add(customId))
            {
                errors.Add(path + ".custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated");
            }
        }

        if (type == 2 && style is < 1 or > 6)
        {
            errors.Add(path + ".style", "BASE_TYPE_CHOICES", "Value must be one of (1, 2, 3, 4, 5, 6).");
        }

        if (child["label"] is JsonValue labelValue && labelValue.TryGetValue(out string? label) && label.Length > 80)
        {
            errors.MaxLength(path + ".label", 80);
        }
    }

    private static int Count(JsonArray components) =>
        components.Sum(node => 1 + ((node as JsonObject)?["components"] is JsonArray nested ? Count(nested) : 0));

    private static int? Int(JsonNode? node) => node is JsonValue value && value.TryGetValue(out int number) ? number : null;
}
