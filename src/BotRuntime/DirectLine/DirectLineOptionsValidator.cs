using Microsoft.Extensions.Options;

namespace BotRuntime.DirectLine;

internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    private const string Section = DirectLineOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = new List<string>();
        if (options.Secrets.Any(secret => string.IsNullOrWhiteSpace(secret) || secret.Length < 16))
        {
            failures.Add($"{Section}:{nameof(options.Secrets)} must hold secrets of at least 16 characters.");
        }

        if (!string.IsNullOrEmpty(options.TokenSigningKey) && options.TokenSigningKey.Length < 32)
        {
            failures.Add($"{Section}:{nameof(options.TokenSigningKey)} must be at least 32 characters (or empty for a key kept in the store).");
        }

        if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromHours(24))
        {
            failures.Add($"{Section}:{nameof(options.TokenLifetime)} must be between 1 minute and 24 hours.");
        }

        if (options.MaxActivityBytes is < 1024 or > 4 * 1024 * 1024)
        {
            failures.Add($"{Section}:{nameof(options.MaxActivityBytes)} must be between 1 KB and 4 MB.");
        }

        if (options.MaxActivitiesPerMinute < 1)
        {
            failures.Add($"{Section}:{nameof(options.MaxActivitiesPerMinute)} must be at least 1.");
        }

        if (options.MaxActivitiesPerRead is < 1 or > 1000)
        {
            failures.Add($"{Section}:{nameof(options.MaxActivitiesPerRead)} must be between 1 and 1000.");
        }

        if (options.KeepAliveInterval < TimeSpan.FromMilliseconds(100) || options.KeepAliveInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Section}:{nameof(options.KeepAliveInterval)} must be between 100 ms and 5 minutes.");
        }

        if (string.IsNullOrWhiteSpace(options.BotId))
        {
            failures.Add($"{Section}:{nameof(options.BotId)} is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
