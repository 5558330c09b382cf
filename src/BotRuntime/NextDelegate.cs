namespace BotRuntime;

public delegate Task NextDelegate(CancellationToken cancellationToken);
