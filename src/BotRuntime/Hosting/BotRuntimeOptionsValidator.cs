using Microsoft.Extensions.Options;

namespace BotRuntime.Hosting;

internal sealed class BotRuntimeOptionsValidator : IValidateOptions<BotRuntimeOptions>
{
    public ValidateOptionsResult Validate(string? name, BotRuntimeOptions options)
    {
        var failures = new List<string>();
        RequireHttpUrl(failures, nameof(options.ChannelOpenIdMetadataUrl), options.ChannelOpenIdMetadataUrl);
        RequireHttpUrl(failures, nameof(options.EmulatorOpenIdMetadataUrl), options.EmulatorOpenIdMetadataUrl);
        if (!string.IsNullOrWhiteSpace(options.TokenEndpoint))
        {
            RequireHttpUrl(failures, nameof(options.TokenEndpoint), options.TokenEndpoint);
        }

        if (string.IsNullOrWhiteSpace(options.ConnectorScope))
        {
            failures.Add($"{BotRuntimeOptions.SectionName}:{nameof(options.ConnectorScope)} is required.");
        }

        if (options.MaxRequestBodyBytes is < 1024 or > 64 * 1024 * 1024)
        {
            failures.Add($"{BotRuntimeOptions.SectionName}:{nameof(options.MaxRequestBodyBytes)} must be between 1 KB and 64 MB.");
        }

        if (options.SlowTurnWarning <= TimeSpan.Zero)
        {
            failures.Add($"{BotRuntimeOptions.SectionName}:{nameof(options.SlowTurnWarning)} must be positive.");
        }

        if (options.LiveStateDocuments is < 0 or > 1_000_000)
        {
            failures.Add($"{BotRuntimeOptions.SectionName}:{nameof(options.LiveStateDocuments)} must be between 0 and 1000000.");
        }

        if (options.MaxTurnAttempts is < 1 or > 10)
        {
            failures.Add($"{BotRuntimeOptions.SectionName}:{nameof(options.MaxTurnAttempts)} must be between 1 and 10.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(15))
        {
            failures.Add($"{BotRuntimeOptions.SectionName}:{nameof(options.ClockSkew)} must be between 0 and 15 minutes.");
        }

        if (options.SigningKeyRefreshInterval < TimeSpan.FromMinutes(1) || options.UnknownKeyRefreshCooldown < TimeSpan.Zero)
        {
            failures.Add($"{BotRuntimeOptions.SectionName}: signing keys must be kept at least a minute and the refresh cooldown must not be negative.");
        }

        var retry = options.ConnectorRetry;
        if (retry.MaxAttempts is < 1 or > 10 || retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < retry.BaseDelay)
        {
            failures.Add($"{BotRuntimeOptions.SectionName}:{nameof(options.ConnectorRetry)} needs 1-10 attempts and 0 <= BaseDelay <= MaxDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireHttpUrl(List<string> failures, string name, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{BotRuntimeOptions.SectionName}:{name} must be an absolute http(s) URL.");
        }
    }
}
