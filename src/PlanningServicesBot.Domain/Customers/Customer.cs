namespace PlanningServicesBot.Domain.Customers;

/// <summary>A Software Assurance customer, identified by its Volume Licensing agreement.</summary>
/// <param name="AgreementNumber">The agreement (license) number.</param>
/// <param name="Name">The customer's name.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 country code.</param>
/// <param name="BenefitActivated">Whether the SA benefits administrator activated the Planning Services benefit.</param>
/// <param name="VoucherAdminEmail">The customer's voucher administrator e-mail, which must accompany a voucher number.</param>
/// <param name="DaysBalance">Planning Services days still available to turn into vouchers.</param>
public sealed record Customer(
    string AgreementNumber,
    string Name,
    string CountryCode,
    bool BenefitActivated,
    string VoucherAdminEmail,
    int DaysBalance)
{
    /// <summary>Whether <paramref name="email"/> is the voucher administrator's (case-insensitive, surrounding spaces ignored).</summary>
    public bool IsVoucherAdmin(string email) =>
        string.Equals(VoucherAdminEmail.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase);
}
