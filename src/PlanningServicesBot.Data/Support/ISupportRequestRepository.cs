using PlanningServicesBot.Domain.Operations;

namespace PlanningServicesBot.Data.Support;

/// <summary>Where support requests are kept for support staff to work from.</summary>
public interface ISupportRequestRepository
{
    /// <summary>Stores the request unless one with the same operation key exists; either way returns the stored one.</summary>
    Task<SupportRequestReceipt> RecordAsync(SupportRequest request, CancellationToken cancellationToken);

    Task<RecordedSupportRequest?> FindAsync(long number, CancellationToken cancellationToken);

    Task<RecordedSupportRequest?> FindByOperationKeyAsync(OperationKey operationKey, CancellationToken cancellationToken);

    /// <summary>The newest requests first, at most <paramref name="count"/>.</summary>
    Task<IReadOnlyList<RecordedSupportRequest>> ListNewestAsync(int count, CancellationToken cancellationToken);
}
