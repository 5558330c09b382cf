using NodaTime;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Data.Demo;

/// <summary>
/// The six demo partners, two per region, each with a weakness to demonstrate: a lapsed competency, Silver where Gold is
/// needed, no enrollment for the year, an unsigned agreement, consultants without the exams, no SAVB registration.
/// Competency validity is relative to the demo date; enrollments cover the demo year and the one before.
/// </summary>
internal static class DemoPartners
{
    private const CompetencyLevel Silver = CompetencyLevel.Silver;
    private const CompetencyLevel Gold = CompetencyLevel.Gold;

    public static IReadOnlyList<DemoPartner> For(LocalDate demoDate)
    {
        var thisYear = demoDate.Year;
        var lastYear = thisYear - 1;
        PartnerCompetency Valid(string name, CompetencyLevel level, int daysAfterDemoDate) => new(name, level, demoDate.PlusDays(daysAfterDemoDate));
        OfferingEnrollment[] Enrolled(params string[] offerings) =>
        [
            .. offerings.Select(o => new OfferingEnrollment(o, lastYear, new LocalDate(lastYear, 1, 8))),
            .. offerings.Select(o => new OfferingEnrollment(o, thisYear, new LocalDate(thisYear, 1, 11))),
        ];

        return
        [
            new(Build(DemoIdentities.FabrikamMpnId, "Fabrikam Consulting GmbH", Region.Emea, ["DE", "AT", "CH"]) with
            {
                Enrollments = Enrolled("DDPS", "DYDPS", "PVDPS", "SDPS", "S-EDPS", "SSDPS"),
                Competencies =
                [
                    Valid("Windows and Devices", Gold, 300),
                    Valid("Enterprise Mobility Management", Silver, 200),
                    Valid("Data Platform", Gold, 250),
                    Valid("Datacenter", Gold, 180),
                    Valid("Collaboration and Content", Silver, 120),
                    Valid("Messaging", Gold, 220),
                    Valid("Communications", Silver, 90),
                    Valid("Cloud Business Applications", Silver, 150),
                    Valid("Project and Portfolio Management", Silver, 100),
                ],
                Consultants =
                [
                    new("FAB-C1", "Lena Vogel", ["MD-101", "DP-300", "AZ-104", "MS-300", "MS-203", "MB-210", "MS-700", "PL-200"]),
                    new("FAB-C2", "Tobias Krueger", ["MD-100", "70-764", "70-741"]),
                    new("FAB-C3", "Nico Neumann", []),
                ],
            }, ["DDPS", "SSDPS", "PVDPS", "SDPS", "S-EDPS"]),

            new(Build(DemoIdentities.NorthwindMpnId, "Northwind Advisory Ltd", Region.Emea, ["GB", "IE", "NL"]) with
            {
                Enrollments = Enrolled("S-EDPS", "SSDPS", "SDPS"),
                Competencies =
                [
                    Valid("Messaging", Silver, -33),
                    Valid("Communications", Gold, 200),
                    Valid("Data Platform", Silver, 300),
                    Valid("Collaboration and Content", Gold, 150),
                ],
                Consultants =
                [
                    new("NWA-C1", "Harry Walsh", ["MS-203", "MS-700", "MS-300"]),
                    new("NWA-C2", "Grace Doyle", ["DP-300"]),
                    new("NWA-C3", "Ruby Evans", []),
                ],
            }, ["S-EDPS", "SDPS"]),

            new(Build(DemoIdentities.TailspinMpnId, "Tailspin Solutions Inc.", Region.Americas, ["US", "CA", "MX"]) with
            {
                Enrollments = [.. Enrolled("DYDPS", "PVDPS", "DDPS"), new OfferingEnrollment("SDPS", lastYear, new LocalDate(lastYear, 2, 3))],
                Competencies =
                [
                    Valid("Cloud Business Applications", Gold, 250),
                    Valid("Enterprise Resource Planning", Gold, 200),
                    Valid("Datacenter", Silver, 120),
                    Valid("Collaboration and Content", Silver, 60),
                    Valid("Enterprise Mobility Management", Silver, 180),
                ],
                Consultants =
                [
                    new("TSI-C1", "Sofia Martinez", ["MB-210", "MB-310", "AZ-104"]),
                    new("TSI-C2", "Daniel Lee", ["MS-500", "MS-300", "70-742"]),
                ],
            }, ["DYDPS", "PVDPS"]),

            new(Build(DemoIdentities.WoodgroveMpnId, "Woodgrove Digital S.A.", Region.Americas, ["BR", "AR", "CL"]) with
            {
                Enrollments =
                [
                    .. Enrolled("DDPS", "SSDPS"),
                    new OfferingEnrollment("DYDPS", lastYear, new LocalDate(lastYear, 1, 20)),
                    new OfferingEnrollment("DYDPS", thisYear, null),
                ],
                Competencies =
                [
                    Valid("Windows and Devices", Gold, 200),
                    Valid("Data Analytics", Gold, 150),
                    Valid("Enterprise Resource Planning", Silver, 300),
                    Valid("Cloud Customer Relationship Management", Silver, 100),
                ],
                Consultants =
                [
                    new("WGD-C1", "Pedro Alves", ["MD-100", "DA-100", "MB-230"]),
                    new("WGD-C2", "Camila Rocha", ["MB-310"]),
                ],
            }, ["DDPS", "SSDPS"]),

            new(Build(DemoIdentities.LitwareMpnId, "Litware Systems Pty Ltd", Region.AsiaPacific, ["AU", "NZ"]) with
            {
                Enrollments = Enrolled("PVDPS", "DDPS", "S-EDPS"),
                Competencies =
                [
                    Valid("Datacenter", Gold, 220),
                    Valid("Enterprise Mobility Management", Gold, 140),
                    Valid("Windows and Devices", Silver, -92),
                    Valid("Communications", Silver, 60),
                ],
                Consultants =
                [
                    new("LWS-C1", "Mia Thompson", ["AZ-104", "MS-500", "MS-700"]),
                    new("LWS-C2", "Liam Harris", ["MD-100"]),
                ],
            }, ["PVDPS"]),

            new(Build(DemoIdentities.ProsewareMpnId, "Proseware KK", Region.AsiaPacific, ["JP", "SG", "IN"]) with
            {
                Enrollments =
                [
                    new OfferingEnrollment("SSDPS", thisYear, new LocalDate(thisYear, 1, 20)),
                    new OfferingEnrollment("SDPS", thisYear, new LocalDate(thisYear, 1, 20)),
                ],
                Competencies =
                [
                    Valid("Data Platform", Gold, 300),
                    Valid("Project and Portfolio Management", Silver, 200),
                    Valid("Collaboration and Content", Silver, 200),
                ],
                Consultants =
                [
                    new("PRW-C1", "Arjun Mehta", ["DP-300", "PL-200", "MS-301"]),
                    new("PRW-C2", "Wei Lin", ["70-765"]),
                ],
            }, []),
        ];
    }

    private static Partner Build(string mpnId, string name, Region region, string[] countries) =>
        new(mpnId, name, region)
        {
            Locations = countries.Select(country => new PartnerLocation($"{mpnId}-{country}", country)).ToList(),
            Users = DemoIdentities.Users.Where(u => u.MpnId == mpnId).Select(u => u.ToPartnerUser()).ToList(),
        };
}
