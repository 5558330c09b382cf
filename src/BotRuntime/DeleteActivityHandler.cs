using BotRuntime.Schema;

namespace BotRuntime;

public delegate Task DeleteActivityHandler(ITurnContext turnContext, ConversationReference reference, Func<Task> next);
