using NodaTime;

namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>The facts of a partner's reservation of a voucher.</summary>
/// <param name="MpnId">The reserving partner.</param>
/// <param name="EngagementId">The engagement to be delivered.</param>
/// <param name="LocationId">The partner's MPN location the engagement is processed under.</param>
/// <param name="ConsultantId">The consultant leading delivery.</param>
/// <param name="DeliveryCountry">ISO country code of where the engagement is delivered.</param>
/// <param name="PlannedStart">Planned first day of delivery.</param>
/// <param name="PlannedEnd">Planned last day of delivery.</param>
/// <param name="RemoteDelivery">Whether the engagement is delivered fully remotely.</param>
/// <param name="ReservedOn">The day of the reservation.</param>
public sealed record Reservation(
    string MpnId,
    string EngagementId,
    string LocationId,
    string ConsultantId,
    string DeliveryCountry,
    LocalDate PlannedStart,
    LocalDate PlannedEnd,
    bool RemoteDelivery,
    LocalDate ReservedOn);
