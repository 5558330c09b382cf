namespace BotRuntime.Cards.Expressions;

internal static partial class StandardFunctions
{
    private static void AddCollections(Action<ExpressionFunction, string[]> add)
    {
        add(new ExpressionFunction("createArray", ReturnType.Array, ArgumentEvaluation.Apply(arguments => new List<object?>(arguments))), []);
        add(new ExpressionFunction("count", ReturnType.Number, ArgumentEvaluation.Apply(arguments => Count(arguments[0]), ArgumentChecks.Container), ExpressionValidation.Order([], ReturnType.String | ReturnType.Array)), []);
        add(new ExpressionFunction("first", ReturnType.Object, ArgumentEvaluation.Apply(arguments => ItemAt(arguments[0], fromEnd: false)), ExpressionValidation.Unary), []);
        add(new ExpressionFunction("last", ReturnType.Object, ArgumentEvaluation.Apply(arguments => ItemAt(arguments[0], fromEnd: true)), ExpressionValidation.Unary), []);
        add(new ExpressionFunction("coalesce", ReturnType.Object, ArgumentEvaluation.Apply(arguments => arguments.FirstOrDefault(argument => !JsValue.IsNullish(argument), JsUndefined.Value)), ExpressionValidation.AtLeastOne), ["??"]);
        add(new ExpressionFunction("take", ReturnType.Array | ReturnType.String, (expression, state, options) => Slice(expression, state, options, take: true), ExpressionValidation.Order([], ReturnType.Array | ReturnType.String, ReturnType.Number)), []);
        add(new ExpressionFunction("skip", ReturnType.Array, (expression, state, options) => Slice(expression, state, options, take: false), ExpressionValidation.Order([], ReturnType.Array, ReturnType.Number)), []);
        add(new ExpressionFunction("foreach", ReturnType.Array, Select, ExpressionValidation.Lambda), []);
        add(new ExpressionFunction("select", ReturnType.Array, Select, ExpressionValidation.Lambda), []);
        add(new ExpressionFunction("where", ReturnType.Array, Where, ExpressionValidation.Lambda), []);
        add(new ExpressionFunction("setProperty", ReturnType.Object, ArgumentEvaluation.Apply(SetProperty), ExpressionValidation.Order([], ReturnType.Object, ReturnType.String, ReturnType.Object)), []);
    }

    private static object? Count(object? value) => value switch
    {
        string text => (double)text.Length,
        List<object?> list => (double)list.Count,
        JsObject jsObject => (double)jsObject.Count,
        _ => throw new ScriptException("Cannot convert undefined or null to object"),
    };

    private static object? ItemAt(object? value, bool fromEnd) => value switch
    {
        string { Length: > 0 } text => (fromEnd ? text[^1] : text[0]).ToString(),
        List<object?> { Count: > 0 } list => fromEnd ? list[^1] : list[0],
        _ => JsUndefined.Value,
    };

    private static EvaluationResult Slice(Expression expression, IValueMemory state, EvaluationOptions options, bool take)
    {
        var evaluated = expression.Children[0].Evaluate(state, options);
        if (evaluated.Failed)
        {
            return evaluated;
        }

        var sequence = evaluated.Value;
        if (!(sequence is List<object?> || (take && sequence is string)))
        {
            return EvaluationResult.Fail($"{expression.Children[0]} is not {(take ? "array or string" : "array")}.");
        }

        var countExpression = expression.Children[1];
        var count = countExpression.Evaluate(state, options);
        if (count.Failed)
        {
            return count;
        }

        if (!JsNumber.IsInteger(count.Value))
        {
            return EvaluationResult.Fail($"{countExpression} is not an integer.");
        }

        var n = (int)Math.Clamp((double)count.Value!, 0, int.MaxValue);
        return sequence switch
        {
            string text => EvaluationResult.Of(text[..Math.Min(n, text.Length)]),
            List<object?> list when take => EvaluationResult.Of(list.Take(n).ToList()),
            List<object?> list => EvaluationResult.Of(list.Skip(n).ToList()),
            _ => EvaluationResult.Fail("unreachable"),
        };
    }

    /// <summary>adaptive-expressions' <c>foreach</c> and <c>select</c>: the lambda's results, stopping at the first error.</summary>
    private static EvaluationResult Select(Expression expression, IValueMemory state, EvaluationOptions options)
    {
        var instance = expression.Children[0].Evaluate(state, options);
        var error = instance.Error;
        if (JsValue.IsFalsy(instance.Value))
        {
            error = $"'{expression.Children[0]}' evaluated to null.";
        }

        if (!string.IsNullOrEmpty(error))
        {
            return EvaluationResult.Fail(error);
        }

        var items = ToList(instance.Value);
        if (items is null)
        {
            return EvaluationResult.Fail($"{expression.Children[0]} is not a collection or structure object to run Foreach");
        }

        var results = new List<object?>();
        foreach (var result in EvaluateLambda(expression, state, options, items))
        {
            if (result.Failed)
            {
                return EvaluationResult.Fail(results, result.Error!);
            }

            results.Add(result.Value);
        }

        return EvaluationResult.Of(results);
    }

    private static EvaluationResult Where(Expression expression, IValueMemory state, EvaluationOptions options)
    {
        var instance = expression.Children[0].Evaluate(state, options);
        if (instance.Failed)
        {
            return instance;
        }

        var items = ToList(instance.Value);
        if (items is null)
        {
            return EvaluationResult.Fail($"{expression.Children[0]} is not a collection or structure object to run Where");
        }

        var kept = new List<object?>();
        var index = 0;
        foreach (var result in EvaluateLambda(expression, state, options, items))
        {
            if (JsValue.IsLogicTrue(result.Value) && !result.Failed)
            {
                kept.Add(items[index]);
            }

            index++;
        }

        if (instance.Value is List<object?>)
        {
            return EvaluationResult.Of(kept);
        }

        var filtered = new JsObject();
        foreach (var pair in kept.Cast<JsObject>())
        {
            pair.TryGet("key", out var key);
            pair.TryGet("value", out var value);
            filtered.Set((string)key!, value);
        }

        return EvaluationResult.Of(filtered);
    }

    /// <summary>adaptive-expressions' <c>lambdaEvaluator</c>: the body evaluated once per item with the iterator bound on top of memory.</summary>
    private static IEnumerable<EvaluationResult> EvaluateLambda(Expression expression, IValueMemory state, EvaluationOptions options, List<object?> items)
    {
        var iterator = (string)((Constant)expression.Children[1].Children[0]).Value!;
        var stacked = StackedMemory.Wrap(state);
        foreach (var item in items)
        {
            var local = new JsObject();
            local.Set(iterator, item);
            stacked.Push(new ObjectMemory(local));
            EvaluationResult result;
            try
            {
                result = expression.Children[2].Evaluate(stacked, options);
            }
            finally
            {
                stacked.Pop();
            }

            yield return result;
        }
    }

    /// <summary>adaptive-expressions' <c>convertToList</c>: arrays as they are, objects as <c>{ key, value }</c> pairs.</summary>
    private static List<object?>? ToList(object? instance)
    {
        switch (instance)
        {
            case List<object?> list:
                return list;
            case JsObject jsObject:
                return jsObject.Keys.Select(key =>
                {
                    var pair = new JsObject();
                    pair.Set("key", key);
                    jsObject.TryGet(key, out var value);
                    pair.Set("value", value);
                    return (object?)pair;
                }).ToList();
            case null:
                throw new ScriptException("Cannot convert undefined or null to object");
            default:
                return null;
        }
    }

    private static object? SetProperty(List<object?> arguments)
    {
        if (arguments[0] is not JsObject target)
        {
            throw new ScriptException($"Cannot create property '{JsValue.ToText(arguments[1])}' on {JsValue.ToText(arguments[0])}");
        }

        target.Set(JsValue.ToText(arguments[1]), arguments[2]);
        return target;
    }
}
