using System.Globalization;
using PlanningServicesBot.Domain.Customers;

namespace PlanningServicesBot.Data.Demo;

/// <summary>The demo customers, as they stand once every demo voucher was issued (their remaining days balance).</summary>
internal static class DemoCustomers
{
    public static IReadOnlyList<Customer> All { get; } =
    [
        Customer(1, "Contoso Pharma AG", "DE", 12),
        Customer(2, "Contoso Logistik GmbH", "DE", 30),
        Customer(3, "Contoso Bank AG", "AT", 8),
        Customer(4, "Contoso Versicherungen AG", "CH", 15),
        Customer(5, "Contoso Retail plc", "GB", 20),
        Customer(6, "Contoso Foods Ltd", "IE", 5),
        Customer(7, "Contoso Energie B.V.", "NL", 0),
        Customer(8, "Contoso Aeronautique SA", "FR", 10),
        Customer(9, "Contoso Skog AB", "SE", 3),
        Customer(10, "Contoso Mining Ltd", "ZA", 25),
        Customer(11, "Contoso Health Inc.", "US", 40),
        Customer(12, "Contoso Manufacturing Corp.", "US", 18),
        Customer(13, "Contoso Outdoors Ltd", "CA", 6),
        Customer(14, "Contoso Alimentos S.A. de C.V.", "MX", 10),
        Customer(15, "Contoso Varejo Ltda", "BR", 14),
        Customer(16, "Contoso Agro S.A.", "AR", 2),
        Customer(17, "Contoso Cobre SpA", "CL", 9),
        Customer(18, "Contoso Resources Pty Ltd", "AU", 21),
        Customer(19, "Contoso Dairy Ltd", "NZ", 4),
        Customer(20, "Contoso Denki KK", "JP", 33),
        Customer(21, "Contoso Shipping Pte Ltd", "SG", 7),
        Customer(22, "Contoso Software Pvt Ltd", "IN", 11),
        Customer(23, "Contoso Motors Co., Ltd.", "KR", 16),
        // Has days but never activated the benefit: it cannot create vouchers.
        Customer(24, "Contoso Ventures LLC", "US", 20, benefitActivated: false),
        // Activated, with days, and no voucher yet.
        Customer(25, "Contoso Stadtwerke GmbH", "DE", 45),
    ];

    /// <summary>The customers that hold demo vouchers (activated, and not kept voucher-free on purpose).</summary>
    public static IReadOnlyList<Customer> WithVouchers { get; } = All.Take(23).ToList();

    public static string AgreementNumber(int index) => string.Create(CultureInfo.InvariantCulture, $"81{index:D5}");

    public static string AdminEmail(int index) => string.Create(CultureInfo.InvariantCulture, $"pm@contoso-{index}.example");

    public static Customer ByIndex(int index) => All[index - 1];

    private static Customer Customer(int index, string name, string country, int remainingDays, bool benefitActivated = true) =>
        new(AgreementNumber(index), name, country, benefitActivated, AdminEmail(index), remainingDays);
}
