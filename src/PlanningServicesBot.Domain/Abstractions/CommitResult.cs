namespace PlanningServicesBot.Domain.Abstractions;

/// <summary>The result of <see cref="IVoucherRepository.CommitAsync"/>.</summary>
/// <param name="Status">How the commit ended.</param>
/// <param name="StoredOutcomeJson">For <see cref="CommitStatus.DuplicateKey"/>, the outcome stored under the key; otherwise null.</param>
public readonly record struct CommitResult(CommitStatus Status, string? StoredOutcomeJson)
{
    /// <summary>Everything was applied.</summary>
    public static CommitResult Committed => new(CommitStatus.Committed, null);

    /// <summary>The voucher or balance was not as expected; nothing was applied.</summary>
    public static CommitResult VersionConflict => new(CommitStatus.VersionConflict, null);

    /// <summary>The key was already used; nothing was applied.</summary>
    public static CommitResult DuplicateKey(string storedOutcomeJson) => new(CommitStatus.DuplicateKey, storedOutcomeJson);
}
