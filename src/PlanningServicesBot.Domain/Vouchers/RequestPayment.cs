namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>A partner admin records the SAVB payment request for a redeemed voucher.</summary>
/// <param name="Number">The voucher.</param>
/// <param name="Reference">The SAVB reference number of the request.</param>
public sealed record RequestPayment(
    VoucherNumber Number,
    string Reference);
