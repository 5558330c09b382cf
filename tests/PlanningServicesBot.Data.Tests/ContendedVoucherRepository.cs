using NodaTime;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Tests;

/// <summary>
/// The real SQLite repository, except that the first voucher reads wait until <paramref name="contenders"/> callers have all
/// read: every contender then decides on the same stored version, so the race is certain rather than likely.
/// </summary>
public sealed class ContendedVoucherRepository(IVoucherRepository inner, int contenders) : IVoucherRepository
{
    private readonly TaskCompletionSource allHaveRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int reads;
    private int conflicts;

    public int VersionConflicts => Volatile.Read(ref conflicts);

    public async Task<Voucher?> FindAsync(VoucherNumber number, CancellationToken cancellationToken)
    {
        var voucher = await inner.FindAsync(number, cancellationToken);
        if (Interlocked.Increment(ref reads) == contenders)
        {
            allHaveRead.SetResult();
        }

        await allHaveRead.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return voucher;
    }

    public async Task<CommitResult> CommitAsync(VoucherChange change, CancellationToken cancellationToken)
    {
        var result = await inner.CommitAsync(change, cancellationToken);
        if (result.Status == CommitStatus.VersionConflict)
        {
            Interlocked.Increment(ref conflicts);
        }

        return result;
    }

    public Task<IReadOnlyList<Voucher>> ListByPartnerAsync(string mpnId, CancellationToken cancellationToken) =>
        inner.ListByPartnerAsync(mpnId, cancellationToken);

    public Task<IReadOnlyList<Voucher>> ListDueBetweenAsync(LocalDate from, LocalDate to, CancellationToken cancellationToken) =>
        inner.ListDueBetweenAsync(from, to, cancellationToken);

    public Task<string?> FindOutcomeAsync(OperationKey key, CancellationToken cancellationToken) =>
        inner.FindOutcomeAsync(key, cancellationToken);
}
