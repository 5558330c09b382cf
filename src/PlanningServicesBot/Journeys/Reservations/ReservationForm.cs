using NodaTime;
using NodaTime.Text;
using PlanningServicesBot.Domain.Refusals;

namespace PlanningServicesBot.Journeys.Reservations;

/// <summary>
/// The inputs of the reservation cards, by id (the same ids in the cards, the dialog's values and the confirm button's data),
/// and which input each refusal of the reserve operation is about, so a card can show it under that input.
/// </summary>
internal static class ReservationForm
{
    public const string Voucher = "voucher";
    public const string Email = "email";
    public const string Engagement = "engagement";
    public const string Location = "location";
    public const string Country = "country";
    public const string Consultant = "consultant";
    public const string Start = "start";
    public const string End = "end";
    public const string Remote = "remote";

    /// <summary>Where errors about the card as a whole go (above its inputs).</summary>
    public const string Whole = "form";

    /// <summary>The card data property saying what a confirmation card's button decides: confirm, or anything else to decline.</summary>
    public const string Decision = "decision";
    public const string Confirmed = "confirm";

    public static string FieldOf(Refusal refusal) => refusal switch
    {
        EngagementUnknown or EngagementRetired or EngagementNotInOffering or LengthMismatch
            or NotEnrolled or AgreementNotSigned or CompetencyMissing or CompetencyLapsed => Engagement,
        LocationNotFound or LocationCountryMismatch or NoLocationInCountry => Location,
        ConsultantNotFound or ConsultantLacksExam => Consultant,
        DatesInvalid { Problem: DatesProblem.StartInPast } => Start,
        DatesInvalid or EndAfterLastDay => End,
        RemoteDeliveryNotAllowed => Remote,
        // The voucher, the user's role and anything new concern the reservation as a whole.
        _ => Voucher,
    };

    public static LocalDate? Day(string? text) =>
        LocalDatePattern.Iso.Parse(text?.Trim() ?? string.Empty) is { Success: true } parsed ? parsed.Value : null;

    public static string IsoDay(LocalDate day) => LocalDatePattern.Iso.Format(day);
}
