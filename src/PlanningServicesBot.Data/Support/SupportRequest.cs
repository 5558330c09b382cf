using NodaTime;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Support;

/// <summary>
/// A question for partner support staff, recorded once per operation key: who asked, about which voucher (if any),
/// the question, where the user was told to follow up, and the conversation's last turns for context.
/// </summary>
public sealed record SupportRequest(
    OperationKey OperationKey,
    Instant RecordedAt,
    SupportRequester Requester,
    VoucherNumber? Voucher,
    string Question,
    string FollowUp,
    IReadOnlyList<TranscriptLine> RecentTurns);
