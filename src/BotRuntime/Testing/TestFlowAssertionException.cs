namespace BotRuntime.Testing;

// Thrown by TestFlow and DialogTestClient when the bot did not answer as expected; test frameworks report it as a failure.
public sealed class TestFlowAssertionException(string message) : Exception(message);
