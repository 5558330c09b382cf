namespace BotRuntime.Cards.Expressions;

/// <summary>
/// adaptive-cards-templating's <c>TemplateObjectMemory</c>: paths starting with <c>$</c> resolve against the
/// template variables (<c>$root</c>, <c>$data</c>, <c>$index</c>, <c>$host</c>, <c>$_acTemplateVersion</c>), others against <c>$data</c>.
/// </summary>
internal sealed class TemplateMemory(object? root, object? data, object? index, object? host) : IValueMemory
{
    private static readonly string[] VariableNames = ["_memory", "$root", "$data", "$index", "$host", "$_acTemplateVersion"];

    public object? GetValue(MemoryPath path)
    {
        if (path.Text.Length == 0)
        {
            return JsUndefined.Value;
        }

        if (path.Text[0] != '$')
        {
            return path.Parts.Count == 0 ? data : MemoryPath.Walk(data, path.Parts);
        }

        if (path.Parts.Count == 0)
        {
            return JsUndefined.Value;
        }

        var name = Array.Find(VariableNames, candidate => string.Equals(candidate, path.Parts[0], StringComparison.OrdinalIgnoreCase));
        object? variable = name switch
        {
            "$root" => root,
            "$data" => data,
            "$index" => index,
            "$host" => host,
            "$_acTemplateVersion" => TemplateVersion(),
            _ => JsUndefined.Value,
        };
        return path.Parts.Count == 1 ? variable : MemoryPath.Walk(variable, path.Parts, start: 1);
    }

    private static JsObject TemplateVersion()
    {
        var version = new JsObject();
        version.Set("major", 2d);
        version.Set("minor", 3d);
        version.Set("patch", 1d);
        version.Set("suffix", "");
        return version;
    }
}
