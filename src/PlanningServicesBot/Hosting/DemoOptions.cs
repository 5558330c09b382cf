using NodaTime;
using NodaTime.Text;

namespace PlanningServicesBot.Hosting;

/// <summary>Demo mode: demo data is seeded and the bot runs on a fixed demo date.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    public bool Enabled { get; set; }

    /// <summary>The day the demo runs on, ISO (yyyy-MM-dd), in the program zone.</summary>
    public string Date { get; set; } = "2021-05-03";

    /// <summary>The demo clock's time of day at start, HH:mm, in the program zone.</summary>
    public string StartTime { get; set; } = "09:00";

    public LocalDate DemoDate => LocalDatePattern.Iso.Parse(Date).GetValueOrThrow();

    public LocalTime DemoStartTime => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(StartTime).GetValueOrThrow();

    public IEnumerable<string> Validate()
    {
        if (!LocalDatePattern.Iso.Parse(Date).Success)
        {
            yield return $"{SectionName}:Date must be a date like 2021-05-03 (was '{Date}').";
        }

        if (!LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(StartTime).Success)
        {
            yield return $"{SectionName}:StartTime must be a time like 09:00 (was '{StartTime}').";
        }
    }
}
