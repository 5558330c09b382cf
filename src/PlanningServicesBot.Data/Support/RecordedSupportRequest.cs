using System.Globalization;

namespace PlanningServicesBot.Data.Support;

/// <summary>A support request as stored, with the number it was given; people quote it as <see cref="Reference"/>.</summary>
public sealed record RecordedSupportRequest(long Number, SupportRequest Request)
{
    public const string ReferencePrefix = "SR-";

    /// <summary>The reference users and staff quote, e.g. SR-000042.</summary>
    public string Reference => ReferencePrefix + Number.ToString("D6", CultureInfo.InvariantCulture);
}
