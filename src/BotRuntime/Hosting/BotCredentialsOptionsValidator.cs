using Microsoft.Extensions.Options;

namespace BotRuntime.Hosting;

internal sealed class BotCredentialsOptionsValidator : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        if (options.IsAuthenticationDisabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var appType = options.MicrosoftAppType;
        if (!string.IsNullOrWhiteSpace(appType)
            && !string.Equals(appType, MicrosoftAppTypes.MultiTenant, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(appType, MicrosoftAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add(string.Equals(appType, MicrosoftAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase)
                ? "MicrosoftAppType UserAssignedMSI (managed identity) is not supported; use MultiTenant or SingleTenant with a client secret."
                : $"MicrosoftAppType '{appType}' is unknown; use MultiTenant or SingleTenant.");
        }

        if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set.");
        }

        if (options.IsSingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
