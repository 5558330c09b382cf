using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Data.Demo;

/// <summary>
/// The fixed identities of the demo partners' users: one Azure AD tenant, and per partner one user of every role.
/// Object ids read as 44656d6f-00PP-4000-8000-0000000000RR: PP the partner (01–06), RR the role (01 global admin,
/// 02 MPN partner admin, 03 consultant); 44656d6f is "Demo" in ASCII hex.
/// </summary>
public static class DemoIdentities
{
    public const string TenantId = "44656d6f-0000-4000-8000-000000000000";

    public const string FabrikamMpnId = "4711001";
    public const string NorthwindMpnId = "4711002";
    public const string TailspinMpnId = "4711003";
    public const string WoodgroveMpnId = "4711004";
    public const string LitwareMpnId = "4711005";
    public const string ProsewareMpnId = "4711006";

    /// <summary>Every demo partner user, partner by partner, in role order.</summary>
    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        .. Partner(1, FabrikamMpnId, "Fabrikam Consulting GmbH", "Anna Becker", "Jonas Weber", "Lena Vogel"),
        .. Partner(2, NorthwindMpnId, "Northwind Advisory Ltd", "Oliver Hughes", "Amelia Clarke", "Harry Walsh"),
        .. Partner(3, TailspinMpnId, "Tailspin Solutions Inc.", "Emily Johnson", "Michael Brown", "Sofia Martinez"),
        .. Partner(4, WoodgroveMpnId, "Woodgrove Digital S.A.", "Lucas Silva", "Mariana Costa", "Pedro Alves"),
        .. Partner(5, LitwareMpnId, "Litware Systems Pty Ltd", "Charlotte Wilson", "Jack Taylor", "Mia Thompson"),
        .. Partner(6, ProsewareMpnId, "Proseware KK", "Haruto Sato", "Yui Tanaka", "Arjun Mehta"),
    ];

    /// <summary>The demo partners' MPN ids, in the order of <see cref="Users"/>.</summary>
    public static IReadOnlyList<string> MpnIds { get; } = Users.Select(u => u.MpnId).Distinct().ToList();

    /// <summary>The demo user of <paramref name="mpnId"/> with <paramref name="role"/>.</summary>
    /// <exception cref="ArgumentException">There is no such demo user.</exception>
    public static DemoUser For(string mpnId, PartnerRole role) =>
        Users.FirstOrDefault(u => u.MpnId == mpnId && u.Role == role)
        ?? throw new ArgumentException($"No demo user of partner {mpnId} has the role {role}.", nameof(mpnId));

    /// <summary>The demo user with this Azure AD object id, if any.</summary>
    public static DemoUser? FindByObjectId(string aadObjectId) =>
        Users.FirstOrDefault(u => string.Equals(u.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<DemoUser> Partner(int index, string mpnId, string name, string globalAdmin, string mpnAdmin, string consultant)
    {
        yield return new(mpnId, name, PartnerRole.GlobalAdmin, ObjectId(index, 1), globalAdmin);
        yield return new(mpnId, name, PartnerRole.MpnPartnerAdmin, ObjectId(index, 2), mpnAdmin);
        yield return new(mpnId, name, PartnerRole.Consultant, ObjectId(index, 3), consultant);
    }

    private static string ObjectId(int partner, int role) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"44656d6f-00{partner:D2}-4000-8000-0000000000{role:D2}");
}
