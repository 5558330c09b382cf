namespace BotRuntime.Cards.Expressions;

/// <summary>
/// adaptive-expressions' <c>Options</c> as the templating engine sets them: with null substitution an undefined
/// path evaluates to the text <c>${path}</c>.
/// </summary>
internal sealed class EvaluationOptions
{
    public static readonly EvaluationOptions WithSubstitution = new(substituteUndefined: true);
    public static readonly EvaluationOptions WithoutSubstitution = new(substituteUndefined: false);

    private EvaluationOptions(bool substituteUndefined)
    {
        SubstituteUndefined = substituteUndefined;
    }

    public bool SubstituteUndefined { get; }

    /// <summary>The locale adaptive-expressions falls back to: Node's default, <c>en-US</c> under an English or C locale.</summary>
    public string Locale => "en-US";
}
