using NodaTime;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Journeys.Reservations;

/// <summary>What the user chose for a reservation so far; null until chosen.</summary>
public sealed record ReservationChoices(
    string? Engagement,
    string? Location,
    string? Country,
    string? Consultant,
    LocalDate? Start,
    LocalDate? End,
    bool Remote)
{
    public static ReservationChoices None { get; } = new(null, null, null, null, null, null, false);

    /// <summary>The choices among these values by input id (dialog values, a card submit, a confirm button's data).</summary>
    public static ReservationChoices From(Func<string, string?> valueOf) => new(
        Blank(valueOf(ReservationForm.Engagement)),
        Blank(valueOf(ReservationForm.Location)),
        Blank(valueOf(ReservationForm.Country)),
        Blank(valueOf(ReservationForm.Consultant)),
        ReservationForm.Day(valueOf(ReservationForm.Start)),
        ReservationForm.Day(valueOf(ReservationForm.End)),
        string.Equals(valueOf(ReservationForm.Remote), "true", StringComparison.OrdinalIgnoreCase));

    public static ReservationChoices Of(Reservation reservation) => new(
        reservation.EngagementId,
        reservation.LocationId,
        reservation.DeliveryCountry,
        reservation.ConsultantId,
        reservation.PlannedStart,
        reservation.PlannedEnd,
        reservation.RemoteDelivery);

    /// <summary>
    /// The reserve command with these choices; what is not chosen yet is left blank (dates: today), so the domain's
    /// answer about the chosen parts can be read while the rest is still to come.
    /// </summary>
    public ReserveVoucher ToCommand(VoucherNumber number, string customerAdminEmail, LocalDate today) => new(
        number,
        customerAdminEmail,
        Engagement ?? string.Empty,
        Location ?? string.Empty,
        Consultant ?? string.Empty,
        Country ?? string.Empty,
        Start ?? today,
        End ?? Start ?? today,
        Remote);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
