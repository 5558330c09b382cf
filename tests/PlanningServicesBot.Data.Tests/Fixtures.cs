using NodaTime;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Tests;

/// <summary>Small, readable partners, customers and vouchers for the data tests.</summary>
public static class Fixtures
{
    public const string Tenant = "11111111-2222-3333-4444-555555555555";

    public static Customer Customer(string agreement = "E-1001", int daysBalance = 40, string adminEmail = "sa-admin@contoso.example") =>
        new(agreement, "Contoso Ltd", "DE", BenefitActivated: true, adminEmail, daysBalance);

    public static Partner Partner(string mpnId = "4711001", string name = "Fabrikam Consulting") =>
        new(mpnId, name, Region.Emea)
        {
            Locations = [new PartnerLocation($"{mpnId}-DE", "DE"), new PartnerLocation($"{mpnId}-AT", "AT")],
            Users =
            [
                new PartnerUser(mpnId, Tenant, $"{mpnId}-admin", "Ada Admin", PartnerRole.GlobalAdmin),
                new PartnerUser(mpnId, Tenant, $"{mpnId}-mpn", "Max Mpn", PartnerRole.MpnPartnerAdmin),
                new PartnerUser(mpnId, Tenant, $"{mpnId}-consultant", "Cleo Consultant", PartnerRole.Consultant),
            ],
            Enrollments = [new OfferingEnrollment("SSDPS", 2021, new LocalDate(2021, 1, 15)), new OfferingEnrollment("DDPS", 2021, null)],
            Competencies =
            [
                new PartnerCompetency("Data Platform", CompetencyLevel.Gold, new LocalDate(2022, 3, 31)),
                new PartnerCompetency("Windows and Devices", CompetencyLevel.Silver, new LocalDate(2021, 2, 28)),
            ],
            Consultants =
            [
                new Consultant("c-1", "Cleo Consultant", ["DP-300", "70-764"]),
                new Consultant("c-2", "Nico Newcomer", []),
            ],
            SavbRegistrations = [new SavbRegistration("SSDPS", new LocalDate(2021, 3, 1))],
        };

    public static Voucher AssignedVoucher(string number = "7K2Q-XJ4M-0B9C", string agreement = "E-1001") =>
        new(new VoucherNumber(number), agreement, "SSDPS", 5, new LocalDate(2021, 4, 1), new LocalDate(2021, 4, 2),
            "Pat Projectmanager", VoucherState.Assigned, Version: 1);

    public static Reservation Reservation(string mpnId = "4711001") =>
        new(mpnId, "data-estate-modernization", $"{mpnId}-DE", "c-1", "DE",
            new LocalDate(2021, 5, 10), new LocalDate(2021, 5, 14), RemoteDelivery: false, new LocalDate(2021, 5, 3));

    public static Voucher PaidVoucher(string number = "PA1D-0000-0001", string mpnId = "4711001") =>
        AssignedVoucher(number) with
        {
            State = VoucherState.Paid,
            Version = 6,
            Reservation = Reservation(mpnId),
            CompletionReport = new CompletionReport(
                new LocalDate(2021, 5, 10), new LocalDate(2021, 5, 14), "c-1", 2, true, true, "Migration plan, \"quoted\"", new LocalDate(2021, 5, 17)),
            RedeemedOn = new LocalDate(2021, 5, 18),
            PaymentRequest = new PaymentRequest("SAVB-000123", new LocalDate(2021, 5, 20)),
            PaidOn = new LocalDate(2021, 6, 15),
        };

    /// <summary>A change that issues <paramref name="voucher"/> (expected: absent).</summary>
    public static VoucherChange Issue(Voucher voucher, string key, LocalDate? dueOn = null, CustomerDebit? debit = null) =>
        new(null, 0, voucher with { Version = 1 }, dueOn ?? new LocalDate(2021, 9, 29), debit,
            Audit(voucher.Number, null, VoucherState.Assigned, VoucherTransition.Issue, key),
            new OperationKey(key), OperationOutcomeJson.Serialize(new Succeeded(voucher with { Version = 1 }, false)));

    /// <summary>A change that moves <paramref name="from"/> to <paramref name="to"/> (which must carry the next version).</summary>
    public static VoucherChange Transition(Voucher from, Voucher to, VoucherTransition reason, string key, LocalDate? dueOn = null) =>
        new(from.State, from.Version, to, dueOn, null,
            Audit(to.Number, from.State, to.State, reason, key),
            new OperationKey(key), OperationOutcomeJson.Serialize(new Succeeded(to, false)));

    public static VoucherAuditEntry Audit(VoucherNumber number, VoucherState? from, VoucherState to, VoucherTransition reason, string key) =>
        new("partner:4711001:tenant/4711001-admin", TestDatabase.Now, number, from, to, reason, key);
}
