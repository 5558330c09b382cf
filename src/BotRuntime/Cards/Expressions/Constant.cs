using System.Text;

namespace BotRuntime.Cards.Expressions;

/// <summary>A literal value in an expression.</summary>
internal sealed class Constant : Expression
{
    private static readonly ExpressionFunction ConstantFunction =
        new(ConstantType, ReturnType.Object, (expression, _, _) => EvaluationResult.Of(((Constant)expression).Value));

    public Constant(object? value)
        : base(ConstantFunction, [])
    {
        Value = value;
    }

    public object? Value { get; }

    public override ReturnType ReturnType => Value switch
    {
        string => ReturnType.String,
        bool => ReturnType.Boolean,
        double number when !double.IsNaN(number) => ReturnType.Number,
        List<object?> => ReturnType.Array,
        _ => ReturnType.Object,
    };

    public override string ToString() => Value switch
    {
        JsUndefined => "undefined",
        null => "null",
        string text => "'" + EscapeQuotes(text.Replace("\\", "\\\\", StringComparison.Ordinal)) + "'",
        double number => JsNumber.ToString(number),
        List<object?> or JsObject => JsJson.Stringify(Value)!,
        _ => JsValue.ToText(Value),
    };

    private static string EscapeQuotes(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'' && (i == 0 || text[i - 1] != '\\'))
            {
                builder.Append('\\');
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
