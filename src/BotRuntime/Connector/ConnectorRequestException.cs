using System.Net;
using BotRuntime.Schema;

namespace BotRuntime.Connector;

/// <summary>A Connector call failed for good (after any retries): the channel's status, its error body and correlation id.</summary>
public class ConnectorRequestException : Exception
{
    public ConnectorRequestException(string message, HttpStatusCode? statusCode, ErrorResponse? error, string? correlationId, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Error = error;
        CorrelationId = correlationId;
    }

    /// <summary>Null when no HTTP answer arrived (network failure, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }

    public ErrorResponse? Error { get; }

    /// <summary>The channel's X-Correlating-OperationId, for support requests.</summary>
    public string? CorrelationId { get; }
}
