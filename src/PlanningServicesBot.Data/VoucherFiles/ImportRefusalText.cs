using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.VoucherFiles;

/// <summary>Operator-facing explanations of the issuance rule's refusals, for import reports.</summary>
internal static class ImportRefusalText
{
    public static string Describe(Refusal refusal, IssueVoucher row) => refusal switch
    {
        CustomerNotFound r => $"unknown agreement '{r.AgreementNumber}'",
        OfferingUnknown r => $"unknown offering '{r.Offering}'",
        LengthMismatch r => Invariant($"{r.VoucherDays} days is not an allowed length ({string.Join(", ", r.Allowed)})"),
        DatesInvalid { Problem: DatesProblem.AssignedBeforeCreated } r => $"assigned {Day(r.End)} is before created {Day(r.Start)}",
        DatesInvalid { Problem: DatesProblem.EndInFuture } r => $"assigned {Day(r.End)} is in the future",
        DatesInvalid r => $"dates {Day(r.Start)} and {Day(r.End)}: {r.Problem}",
        AssignmentClosed r => $"assigned {Day(row.AssignedOn)} is after the last assignment day {Day(r.LastDay)}",
        VoucherAlreadyExists r => $"voucher {r.Number} is already in the database",
        BenefitNotActivated r => $"agreement {r.AgreementNumber} has not activated the Planning Services benefit",
        InsufficientDays r => Invariant($"agreement {row.AgreementNumber} has {r.Balance} days left, the voucher needs {r.Requested}"),
        InputMissing r => $"{r.Field} is missing",
        _ => refusal.ToString(),
    };

    private static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
