using BotRuntime.Schema;

namespace BotRuntime;

/// <summary>Thrown inside invoke handling to answer with a given status (the SDK's way to say 501 Not Implemented).</summary>
public class InvokeResponseException : Exception
{
    public InvokeResponseException(int statusCode, object? body = null)
        : base($"Invoke answered with status {statusCode}.")
    {
        StatusCode = statusCode;
        Body = body;
    }

    public int StatusCode { get; }

    public object? Body { get; }

    public InvokeResponse CreateInvokeResponse() => InvokeResponse.Create(StatusCode, Body);
}
