using NodaTime;

namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>A customer creates a voucher from its days and assigns it to a project manager.</summary>
/// <param name="Number">The number VLSC gave the voucher.</param>
/// <param name="AgreementNumber">The customer's agreement.</param>
/// <param name="Offering">The offering acronym (voucher type).</param>
/// <param name="Days">The engagement length in days.</param>
/// <param name="CreatedOn">The day the voucher was created.</param>
/// <param name="AssignedOn">The day it was assigned.</param>
/// <param name="ProjectManager">The project manager it is assigned to.</param>
public sealed record IssueVoucher(
    VoucherNumber Number,
    string AgreementNumber,
    string Offering,
    int Days,
    LocalDate CreatedOn,
    LocalDate AssignedOn,
    string ProjectManager);
