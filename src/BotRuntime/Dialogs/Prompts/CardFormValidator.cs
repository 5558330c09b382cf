namespace BotRuntime.Dialogs.Prompts;

// Returns the errors of a submit by input id (an id matching no input shows at the top of the card); none = valid.
// The messages are the caller's, in the user's language.
public delegate Task<IReadOnlyDictionary<string, string>> CardFormValidator(CardFormValidatorContext context, CancellationToken cancellationToken);
