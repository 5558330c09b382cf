namespace BotRuntime.DirectLine;

/// <summary>The <c>error.code</c> values of the channel's error bodies; codes and statuses are stable, messages are not.</summary>
public static class DirectLineErrorCodes
{
    public const string BadArgument = "BadArgument";
    public const string BadSyntax = "BadSyntax";
    public const string MissingProperty = "MissingProperty";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string Unauthorized = "Unauthorized";
    public const string TokenExpired = "TokenExpired";
    public const string TokenInvalid = "TokenInvalid";
    public const string Forbidden = "Forbidden";
    public const string NotFound = "NotFound";
    public const string TooManyRequests = "TooManyRequests";
    public const string BotRejectedActivity = "BotRejectedActivity";
    public const string ServiceError = "ServiceError";
}
