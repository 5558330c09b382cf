using NodaTime;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Support;

/// <summary>
/// A small world to test in: Contoso, a partner eligible for Data Estate Modernization (SSDPS) in 2021 with a UK location,
/// a qualified consultant (ana) and an unqualified one (ben); Fabrikam, a customer with days; vouchers built on demand.
/// </summary>
public static class Sample
{
    public const string MpnId = "1000001";
    public const string Agreement = "E-100";
    public const string AdminEmail = "sa-admin@fabrikam.example";
    public const string Engagement = "data-estate-modernization";

    public static readonly LocalDate Today = new(2021, 5, 3);

    public static ProgramCalendar Calendar => ProgramCalendar.Default;

    public static ProgramCatalogue Catalogue => ProgramCatalogue.Default;

    public static VoucherLifecycle Lifecycle => new(Calendar, Catalogue);

    public static Partner Contoso(string mpnId = MpnId) => new(mpnId, "Contoso Consulting", Region.Emea)
    {
        Locations = [new PartnerLocation("L-GB-1", "GB"), new PartnerLocation("L-DE-1", "DE")],
        Users =
        [
            new PartnerUser(mpnId, "t-contoso", "aad-gina", "Gina Global", PartnerRole.GlobalAdmin),
            new PartnerUser(mpnId, "t-contoso", "aad-max", "Max Mpn", PartnerRole.MpnPartnerAdmin),
            new PartnerUser(mpnId, "t-contoso", "aad-ana", "Ana Consultant", PartnerRole.Consultant),
        ],
        Enrollments =
        [
            new OfferingEnrollment("SSDPS", 2020, new LocalDate(2020, 1, 10)),
            new OfferingEnrollment("SSDPS", 2021, new LocalDate(2021, 1, 15)),
            new OfferingEnrollment("DDPS", 2021, new LocalDate(2021, 1, 15)),
        ],
        Competencies =
        [
            new PartnerCompetency("Data Platform", CompetencyLevel.Gold, new LocalDate(2021, 12, 31)),
            new PartnerCompetency("Windows and Devices", CompetencyLevel.Silver, new LocalDate(2021, 12, 31)),
        ],
        Consultants = [new Consultant("ana", "Ana Consultant", ["DP-300", "MD-100"]), new Consultant("ben", "Ben Junior", [])],
        SavbRegistrations = [new SavbRegistration("SSDPS", new LocalDate(2020, 6, 1))],
    };

    public static Customer Fabrikam(int daysBalance = 50, bool benefitActivated = true) =>
        new(Agreement, "Fabrikam", "GB", benefitActivated, AdminEmail, daysBalance);

    public static PartnerUserActor GlobalAdmin(string mpnId = MpnId) => new(mpnId, "t-contoso", "aad-gina", PartnerRole.GlobalAdmin);

    public static PartnerUserActor MpnAdmin(string mpnId = MpnId) => new(mpnId, "t-contoso", "aad-max", PartnerRole.MpnPartnerAdmin);

    public static PartnerUserActor ConsultantUser(string mpnId = MpnId) => new(mpnId, "t-contoso", "aad-ana", PartnerRole.Consultant);

    public static VoucherNumber Number(string value = "7K2Q-XJ4M-0B9C") => new(value);

    public static Voucher Assigned(LocalDate assignedOn, LocalDate? createdOn = null, string offering = "SSDPS", int days = 5) =>
        new(Number(), Agreement, offering, days, createdOn ?? assignedOn, assignedOn, "Pat Manager", VoucherState.Assigned, Version: 1);

    public static Voucher Reserved(LocalDate assignedOn, LocalDate? createdOn = null, string mpnId = MpnId, bool remote = false) =>
        Assigned(assignedOn, createdOn) with
        {
            State = VoucherState.Reserved,
            Version = 2,
            Reservation = new Reservation(mpnId, Engagement, "L-GB-1", "ana", "GB", assignedOn.PlusDays(10), assignedOn.PlusDays(14), remote, assignedOn.PlusDays(1)),
        };

    public static Voucher Delivered(LocalDate assignedOn, LocalDate? createdOn = null, string mpnId = MpnId) =>
        Reserved(assignedOn, createdOn, mpnId) with
        {
            State = VoucherState.Delivered,
            Version = 3,
            CompletionReport = new CompletionReport(assignedOn.PlusDays(10), assignedOn.PlusDays(14), "ana", 1, true, true, "Plan delivered", assignedOn.PlusDays(15)),
        };

    public static Voucher Redeemed(LocalDate redeemedOn, string mpnId = MpnId) =>
        Delivered(redeemedOn.PlusDays(-30), mpnId: mpnId) with { State = VoucherState.Redeemed, Version = 4, RedeemedOn = redeemedOn };

    public static Voucher PaymentRequested(LocalDate redeemedOn) =>
        Redeemed(redeemedOn) with { State = VoucherState.PaymentRequested, Version = 5, PaymentRequest = new PaymentRequest("SAVB-42", redeemedOn.PlusDays(3)) };

    public static ReserveVoucher Reserve(
        LocalDate plannedStart,
        LocalDate? plannedEnd = null,
        string engagement = Engagement,
        string location = "L-GB-1",
        string country = "GB",
        string consultant = "ana",
        bool remote = false,
        string email = AdminEmail) =>
        new(Number(), email, engagement, location, consultant, country, plannedStart, plannedEnd ?? plannedStart, remote);

    public static SubmitCompletionReport Report(LocalDate start, LocalDate end, int offsiteDays = 1, string consultant = "ana", bool report = true, bool deliverable = true) =>
        new(Number(), start, end, consultant, offsiteDays, report, deliverable, "Assessment and migration plan");
}
