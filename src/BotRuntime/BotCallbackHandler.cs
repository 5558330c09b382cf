namespace BotRuntime;

public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
