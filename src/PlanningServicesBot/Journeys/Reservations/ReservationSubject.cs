using NodaTime;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Journeys.Reservations;

/// <summary>What a reservation is decided on, freshly loaded: the voucher, its customer, the acting user's partner, and today in the program zone.</summary>
public sealed record ReservationSubject(Voucher? Voucher, Customer? Customer, Partner? Partner, LocalDate Today);
