using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>
/// Collects field errors into Discord's 50035 tree: objects keyed by field name or array index, leaves holding
/// <c>{"_errors":[{"code","message"}]}</c>.
/// </summary>
internal sealed class FormErrors
{
    private readonly JsonObject _root = new();

    public bool HasErrors => _root.Count > 0;

    public JsonObject Tree => _root;

    /// <summary>Adds an error at a dotted path such as <c>embeds.0.fields.3.name</c> (empty path = the body itself).</summary>
    public void Add(string path, string code, string message)
    {
        var node = _root;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (node[segment] is not JsonObject child)
            {
                child = new JsonObject();
                node[segment] = child;
            }

            node = child;
        }

        if (node["_errors"] is not JsonArray errors)
        {
            errors = new JsonArray();
            node["_errors"] = errors;
        }

        errors.Add(new JsonObject { ["code"] = code, ["message"] = message });
    }

    public void MaxLength(string path, int max) =>
        Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");

    public void Length(string path, int min, int max) =>
        Add(path, "BASE_TYPE_BAD_LENGTH", $"Must be between {min} and {max} in length.");

    public void Required(string path) => Add(path, "BASE_TYPE_REQUIRED", "This field is required");
}
