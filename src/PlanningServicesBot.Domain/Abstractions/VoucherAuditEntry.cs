using NodaTime;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Abstractions;

/// <summary>One line of the append-only audit log: who moved which voucher from which state to which, when and why.</summary>
/// <param name="ActorId">The actor's <see cref="Actors.Actor.AuditId"/>.</param>
/// <param name="At">When it happened.</param>
/// <param name="Voucher">The voucher.</param>
/// <param name="From">The state before; null when the voucher was issued.</param>
/// <param name="To">The state after.</param>
/// <param name="Reason">The transition that was made.</param>
/// <param name="OperationKey">The idempotency key of the operation.</param>
public sealed record VoucherAuditEntry(
    string ActorId,
    Instant At,
    VoucherNumber Voucher,
    VoucherState? From,
    VoucherState To,
    VoucherTransition Reason,
    string OperationKey);
