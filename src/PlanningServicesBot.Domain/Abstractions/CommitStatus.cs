namespace PlanningServicesBot.Domain.Abstractions;

/// <summary>How a conditional commit ended.</summary>
public enum CommitStatus
{
    /// <summary>Everything was applied.</summary>
    Committed,

    /// <summary>Nothing was applied: the voucher (or the customer's balance) was not as expected.</summary>
    VersionConflict,

    /// <summary>Nothing was applied: the idempotency key was already used; the stored outcome is returned.</summary>
    DuplicateKey,
}
