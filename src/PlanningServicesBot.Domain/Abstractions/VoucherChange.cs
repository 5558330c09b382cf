using NodaTime;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Abstractions;

/// <summary>
/// One business change, to be applied all-or-nothing in one transaction: write <see cref="Voucher"/> only if the stored
/// voucher still has <see cref="ExpectedState"/> and <see cref="ExpectedVersion"/> (or, for a new voucher, does not exist),
/// take <see cref="Debit"/> from the customer only if the balance covers it, append <see cref="Audit"/>, and store
/// <see cref="OutcomeJson"/> under <see cref="Key"/> only if the key is new.
/// </summary>
/// <param name="ExpectedState">The state the stored voucher must have; null when the voucher is being created.</param>
/// <param name="ExpectedVersion">The version the stored voucher must have; 0 when it is being created.</param>
/// <param name="Voucher">The voucher to store; its <see cref="Vouchers.Voucher.Version"/> is <see cref="ExpectedVersion"/> + 1.</param>
/// <param name="DueOn">The voucher's next deadline day (see <see cref="Deadlines.DeadlineCalendar.NextDueDay"/>), for the "due between" query; null when none.</param>
/// <param name="Debit">Days to take from the customer's balance, if any.</param>
/// <param name="Audit">The audit log entry.</param>
/// <param name="Key">The operation's idempotency key.</param>
/// <param name="OutcomeJson">The serialised outcome to return to later calls with the same key.</param>
public sealed record VoucherChange(
    VoucherState? ExpectedState,
    long ExpectedVersion,
    Voucher Voucher,
    LocalDate? DueOn,
    CustomerDebit? Debit,
    VoucherAuditEntry Audit,
    OperationKey Key,
    string OutcomeJson);
