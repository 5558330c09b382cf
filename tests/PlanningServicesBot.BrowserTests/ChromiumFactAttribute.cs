namespace PlanningServicesBot.BrowserTests;

/// <summary>A test in a real browser: skipped, saying why, when Chromium is missing and CI is not set; under CI=true it runs (and fails without Chromium).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!SystemChromium.IsInstalled && !SystemChromium.RunningInCi)
        {
            Skip = SystemChromium.MissingMessage + " Skipped because CI is not set.";
        }
    }
}
