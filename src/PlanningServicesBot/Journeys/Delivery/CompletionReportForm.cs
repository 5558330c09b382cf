using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>
/// The inputs of the completion report form and how they become the domain's command. Only the form is checked here
/// (filled in, a date, a whole number, one of the company's consultants); whether the report meets the program's rules
/// is the domain's decision.
/// </summary>
internal static class CompletionReportForm
{
    public const string DeliveryStart = "deliveryStart";
    public const string DeliveryEnd = "deliveryEnd";
    public const string Consultant = "consultant";
    public const string OffsiteDays = "offsiteDays";
    public const string CompletionReportDone = "completionReportDone";
    public const string CustomerDeliverableDone = "customerDeliverableDone";
    public const string Summary = "summary";
    public const int MaxSummaryLength = 500;

    /// <summary>Every problem with the form's inputs by input id, in the user's language; none when the form can be submitted.</summary>
    public static Dictionary<string, string> Problems(IReadOnlyDictionary<string, string> values, IReadOnlyCollection<string> consultantIds, BotText text)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Date(values, DeliveryStart) is null)
        {
            problems[DeliveryStart] = text["CompletionReport.Form.StartRequired"];
        }

        if (Date(values, DeliveryEnd) is null)
        {
            problems[DeliveryEnd] = text["CompletionReport.Form.EndRequired"];
        }

        if (!consultantIds.Contains(values.GetValueOrDefault(Consultant) ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            problems[Consultant] = text["CompletionReport.Form.ConsultantRequired"];
        }

        if (Days(values) is null)
        {
            problems[OffsiteDays] = text["CompletionReport.Form.OffsiteDaysRequired"];
        }

        var summary = values.GetValueOrDefault(Summary)?.Trim() ?? string.Empty;
        if (summary.Length == 0)
        {
            problems[Summary] = text["CompletionReport.Form.SummaryRequired"];
        }
        else if (summary.Length > MaxSummaryLength)
        {
            problems[Summary] = text.Format("CompletionReport.Form.SummaryTooLong", MaxSummaryLength.ToString(CultureInfo.CurrentCulture));
        }

        return problems;
    }

    /// <summary>The command of a form without <see cref="Problems"/>.</summary>
    public static SubmitCompletionReport Command(VoucherNumber number, IReadOnlyDictionary<string, string> values) => new(
        number,
        Date(values, DeliveryStart)!.Value,
        Date(values, DeliveryEnd)!.Value,
        values[Consultant].Trim(),
        Days(values)!.Value,
        IsOn(values, CompletionReportDone),
        IsOn(values, CustomerDeliverableDone),
        values[Summary].Trim());

    /// <summary>The values to show in the form again: only its own inputs.</summary>
    public static Dictionary<string, string> Inputs(IReadOnlyDictionary<string, string> values) =>
        new[] { DeliveryStart, DeliveryEnd, Consultant, OffsiteDays, CompletionReportDone, CustomerDeliverableDone, Summary }
            .Where(values.ContainsKey)
            .ToDictionary(id => id, id => values[id], StringComparer.Ordinal);

    private static LocalDate? Date(IReadOnlyDictionary<string, string> values, string id) =>
        LocalDatePattern.Iso.Parse(values.GetValueOrDefault(id)?.Trim() ?? string.Empty) is { Success: true } parsed ? parsed.Value : null;

    // Input.Number sends a number as text; only a whole number of days from 0 up makes sense.
    private static int? Days(IReadOnlyDictionary<string, string> values) =>
        decimal.TryParse(values.GetValueOrDefault(OffsiteDays)?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var days)
        && days >= 0 && days <= int.MaxValue && decimal.Truncate(days) == days
            ? (int)days
            : null;

    private static bool IsOn(IReadOnlyDictionary<string, string> values, string id) =>
        string.Equals(values.GetValueOrDefault(id), "true", StringComparison.OrdinalIgnoreCase);
}
