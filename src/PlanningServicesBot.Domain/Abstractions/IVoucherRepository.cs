using NodaTime;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Abstractions;

/// <summary>Where vouchers, their audit log and operation outcomes are kept.</summary>
public interface IVoucherRepository
{
    /// <summary>The voucher with this number, if any.</summary>
    Task<Voucher?> FindAsync(VoucherNumber number, CancellationToken cancellationToken);

    /// <summary>Every voucher reserved by (or beyond reservation with) the partner.</summary>
    Task<IReadOnlyList<Voucher>> ListByPartnerAsync(string mpnId, CancellationToken cancellationToken);

    /// <summary>Every voucher whose stored <see cref="VoucherChange.DueOn"/> is between <paramref name="from"/> and <paramref name="to"/>, both included.</summary>
    Task<IReadOnlyList<Voucher>> ListDueBetweenAsync(LocalDate from, LocalDate to, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="change"/> all-or-nothing, only if the stored voucher, balance and key are as the change expects.</summary>
    Task<CommitResult> CommitAsync(VoucherChange change, CancellationToken cancellationToken);

    /// <summary>The serialised outcome stored under <paramref name="key"/>, if the key was used.</summary>
    Task<string?> FindOutcomeAsync(OperationKey key, CancellationToken cancellationToken);
}
