namespace BotRuntime.Authentication;

/// <summary>The token endpoint did not issue a Connector token (wrong secret, unreachable endpoint).</summary>
public class ConnectorTokenException(string message, Exception? innerException = null) : Exception(message, innerException);
