namespace BotRuntime.Cards.Expressions;

/// <summary>The <c>{ value, error }</c> pair adaptive-expressions evaluators return.</summary>
internal readonly struct EvaluationResult
{
    private EvaluationResult(object? value, string? error, bool isBroken)
    {
        Value = value;
        Error = error;
        IsBroken = isBroken;
    }

    /// <summary>The evaluator returned <c>undefined</c> instead of a pair (adaptive-expressions' element access on an error).</summary>
    public static EvaluationResult Broken { get; } = new(JsUndefined.Value, null, isBroken: true);

    public object? Value { get; }

    public string? Error { get; }

    public bool IsBroken { get; }

    public bool Failed => !string.IsNullOrEmpty(Error);

    public static EvaluationResult Of(object? value) => new(value, null, isBroken: false);

    public static EvaluationResult Fail(string error) => new(JsUndefined.Value, error, isBroken: false);

    public static EvaluationResult Fail(object? value, string error) => new(value, error, isBroken: false);
}
