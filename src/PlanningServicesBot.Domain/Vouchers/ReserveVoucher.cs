using NodaTime;

namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>A partner admin reserves a customer's voucher for an engagement, under the partner's location in the delivery country.</summary>
/// <param name="Number">The voucher number the customer forwarded.</param>
/// <param name="CustomerAdminEmail">The customer's voucher administrator e-mail, which must match.</param>
/// <param name="EngagementId">The engagement to deliver.</param>
/// <param name="LocationId">The partner's MPN location to process it under.</param>
/// <param name="ConsultantId">The consultant who will lead delivery.</param>
/// <param name="DeliveryCountry">ISO country code of where it will be delivered.</param>
/// <param name="PlannedStart">Planned first day of delivery.</param>
/// <param name="PlannedEnd">Planned last day of delivery.</param>
/// <param name="RemoteDelivery">Whether it will be delivered fully remotely.</param>
public sealed record ReserveVoucher(
    VoucherNumber Number,
    string CustomerAdminEmail,
    string EngagementId,
    string LocationId,
    string ConsultantId,
    string DeliveryCountry,
    LocalDate PlannedStart,
    LocalDate PlannedEnd,
    bool RemoteDelivery);
