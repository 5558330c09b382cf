namespace BotRuntime.Cards;

/// <summary>An array: items that expand to null are dropped and items that expand to arrays are spliced in.</summary>
internal sealed class TemplateArray(TemplateNode[] items) : TemplateNode
{
    public override object? Expand(TemplateScope scope)
    {
        var result = new List<object?>(items.Length);
        foreach (var item in items)
        {
            switch (item.Expand(scope))
            {
                case null:
                    break;
                case List<object?> spliced:
                    result.AddRange(spliced);
                    break;
                case var value:
                    result.Add(value);
                    break;
            }
        }

        return result;
    }
}
