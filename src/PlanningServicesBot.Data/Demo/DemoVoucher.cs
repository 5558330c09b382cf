namespace PlanningServicesBot.Data.Demo;

/// <summary>A well-known demo voucher: its number, its customer and that customer's voucher admin e-mail, and what it shows.</summary>
public sealed record DemoVoucher(string Number, string AgreementNumber, string AdminEmail, string Shows);
