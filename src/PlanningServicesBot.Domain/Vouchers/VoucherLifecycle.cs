using NodaTime;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Eligibility;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;

namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>
/// The voucher lifecycle rules: each transition checks every rule and returns the next voucher (version + 1)
/// or every reason it refuses. Pure: the caller loads what is needed and passes today's program day.
/// </summary>
/// <param name="calendar">The program calendar.</param>
/// <param name="catalogue">The engagement catalogue.</param>
public sealed class VoucherLifecycle(ProgramCalendar calendar, ProgramCatalogue catalogue)
{
    private static readonly ActorRole[] Admins = [ActorRole.GlobalAdmin, ActorRole.MpnPartnerAdmin];
    private static readonly ActorRole[] PartnerUsers = [ActorRole.GlobalAdmin, ActorRole.MpnPartnerAdmin, ActorRole.Consultant];
    private static readonly ActorRole[] Issuers = [ActorRole.Customer, ActorRole.System];
    private static readonly ActorRole[] PaymentRecorders = [ActorRole.SupportStaff, ActorRole.System];

    private readonly EligibilityCheck eligibility = new(catalogue, calendar);

    /// <summary>
    /// The customer (or an import) creates and assigns a voucher: created ≤ assigned ≤ today and ≤ the last assignment day,
    /// a known offering, an allowed length, an activated benefit and enough days.
    /// </summary>
    /// <param name="existing">The voucher already stored under the number, if any.</param>
    /// <param name="customer">The customer of <see cref="IssueVoucher.AgreementNumber"/>, if found.</param>
    /// <param name="actor">Who acts.</param>
    /// <param name="command">The voucher to issue.</param>
    /// <param name="today">Today in the program zone.</param>
    public Decision<Voucher> Issue(Voucher? existing, Customer? customer, Actor actor, IssueVoucher command, LocalDate today)
    {
        var refusals = new List<Refusal>();
        if (!Issuers.Contains(actor.Role))
        {
            return Decision<Voucher>.Refuse([new RoleNotAllowed(actor.Role, Issuers)]);
        }

        if (customer is null)
        {
            refusals.Add(new CustomerNotFound(command.AgreementNumber));
        }
        else
        {
            if (actor is CustomerActor own && !string.Equals(own.AgreementNumber, customer.AgreementNumber, StringComparison.OrdinalIgnoreCase))
            {
                refusals.Add(new NotYourVoucher());
            }

            if (!customer.BenefitActivated)
            {
                refusals.Add(new BenefitNotActivated(customer.AgreementNumber));
            }

            if (customer.DaysBalance < command.Days)
            {
                refusals.Add(new InsufficientDays(customer.DaysBalance, command.Days));
            }
        }

        if (existing is not null)
        {
            refusals.Add(new VoucherAlreadyExists(command.Number));
        }

        var offering = catalogue.FindOffering(command.Offering);
        if (offering is null)
        {
            refusals.Add(new OfferingUnknown(command.Offering));
        }

        if (!calendar.AllowedLengths.Contains(command.Days))
        {
            refusals.Add(new LengthMismatch(command.Days, calendar.AllowedLengths));
        }

        if (command.AssignedOn < command.CreatedOn)
        {
            refusals.Add(new DatesInvalid(DatesProblem.AssignedBeforeCreated, command.CreatedOn, command.AssignedOn));
        }

        if (command.AssignedOn > today)
        {
            refusals.Add(new DatesInvalid(DatesProblem.EndInFuture, command.CreatedOn, command.AssignedOn));
        }

        if (command.AssignedOn > calendar.LastAssignmentDay)
        {
            refusals.Add(new AssignmentClosed(calendar.LastAssignmentDay));
        }

        if (string.IsNullOrWhiteSpace(command.ProjectManager))
        {
            refusals.Add(new InputMissing(nameof(IssueVoucher.ProjectManager)));
        }

        return Decision<Voucher>.From(refusals, () => new Voucher(
            command.Number,
            customer!.AgreementNumber,
            offering!.Acronym,
            command.Days,
            command.CreatedOn,
            command.AssignedOn,
            command.ProjectManager.Trim(),
            VoucherState.Assigned,
            Version: 1));
    }

    /// <summary>
    /// A partner admin reserves an Assigned, unexpired voucher for an engagement of its offering and length, which the partner
    /// is eligible for, led by a qualified consultant of the partner, under a partner location in the delivery country,
    /// planned from today on and ending by the voucher's last day (fully remote only through the COVID-19 waiver).
    /// </summary>
    /// <param name="voucher">The voucher, if found.</param>
    /// <param name="customer">The voucher's customer, if found; its voucher admin e-mail must match the command's.</param>
    /// <param name="partner">The acting user's partner, if found; the reservation is made for it.</param>
    /// <param name="actor">Who acts.</param>
    /// <param name="command">The reservation.</param>
    /// <param name="today">Today in the program zone.</param>
    public Decision<Voucher> Reserve(Voucher? voucher, Customer? customer, Partner? partner, Actor actor, ReserveVoucher command, LocalDate today)
    {
        if (voucher is null || customer is null || !customer.IsVoucherAdmin(command.CustomerAdminEmail))
        {
            return Decision<Voucher>.Refuse([new VoucherNotFound()]);
        }

        if (actor is not PartnerUserActor user || !Admins.Contains(actor.Role))
        {
            return Decision<Voucher>.Refuse([new RoleNotAllowed(actor.Role, Admins)]);
        }

        if (partner is null || !string.Equals(partner.MpnId, user.MpnId, StringComparison.OrdinalIgnoreCase))
        {
            return Decision<Voucher>.Refuse([new PartnerNotFound(user.MpnId)]);
        }

        var refusals = new List<Refusal>();
        if (voucher.State != VoucherState.Assigned)
        {
            refusals.Add(new WrongState(voucher.State, VoucherState.Assigned));
        }

        var lastDay = voucher.LastDay(calendar);
        var expired = today > lastDay.Date;
        if (expired)
        {
            refusals.Add(new VoucherExpired(lastDay.Date, lastDay.SetBy));
        }

        var report = eligibility.Evaluate(partner, command.EngagementId, command.ConsultantId, deliveryCountry: null, today);
        refusals.AddRange(report.Unmet.Select(r => r.Shortfall!));

        var engagement = catalogue.FindEngagement(command.EngagementId);
        if (engagement is not null)
        {
            if (!string.Equals(engagement.Offering, voucher.Offering, StringComparison.OrdinalIgnoreCase))
            {
                refusals.Add(new EngagementNotInOffering(engagement.Id, engagement.Offering, voucher.Offering));
            }
            else if (!engagement.AllowedLengths.Contains(voucher.Days))
            {
                refusals.Add(new LengthMismatch(voucher.Days, engagement.AllowedLengths));
            }
        }

        var location = partner.FindLocation(command.LocationId);
        if (location is null)
        {
            refusals.Add(new LocationNotFound(command.LocationId));
        }
        else if (!string.Equals(location.CountryCode, command.DeliveryCountry, StringComparison.OrdinalIgnoreCase))
        {
            refusals.Add(new LocationCountryMismatch(location.LocationId, location.CountryCode, command.DeliveryCountry.ToUpperInvariant()));
        }

        if (command.PlannedStart < today)
        {
            refusals.Add(new DatesInvalid(DatesProblem.StartInPast, command.PlannedStart, command.PlannedEnd));
        }

        if (command.PlannedEnd < command.PlannedStart)
        {
            refusals.Add(new DatesInvalid(DatesProblem.EndBeforeStart, command.PlannedStart, command.PlannedEnd));
        }

        if (!expired && command.PlannedEnd > lastDay.Date)
        {
            refusals.Add(new EndAfterLastDay(lastDay.Date, lastDay.SetBy));
        }

        if (command.RemoteDelivery && command.PlannedEnd > calendar.RemoteDeliveryAllowedThrough)
        {
            refusals.Add(new RemoteDeliveryNotAllowed(calendar.RemoteDeliveryAllowedThrough));
        }

        return Decision<Voucher>.From(refusals, () => voucher with
        {
            State = VoucherState.Reserved,
            Version = voucher.Version + 1,
            Reservation = new Reservation(
                partner.MpnId,
                engagement!.Id,
                location!.LocationId,
                partner.FindConsultant(command.ConsultantId)!.ConsultantId,
                location.CountryCode.ToUpperInvariant(),
                command.PlannedStart,
                command.PlannedEnd,
                command.RemoteDelivery,
                today),
        });
    }

    /// <summary>A partner admin of the reserving partner cancels the reservation; the voucher is Assigned again, with its original expiry.</summary>
    public Decision<Voucher> CancelReservation(Voucher? voucher, Actor actor, LocalDate today)
    {
        if (voucher is null)
        {
            return Decision<Voucher>.Refuse([new VoucherNotFound()]);
        }

        if (HeldByAnotherPartner(voucher, actor))
        {
            return Decision<Voucher>.Refuse([new NotYourVoucher()]);
        }

        var refusals = RoleAndState(voucher, actor, Admins, VoucherState.Reserved);
        return Decision<Voucher>.From(refusals, () => voucher with
        {
            State = VoucherState.Assigned,
            Version = voucher.Version + 1,
            Reservation = null,
        });
    }

    /// <summary>
    /// Any user of the reserving partner reports delivery, while the voucher lives: between reservation and today,
    /// led by a qualified consultant of the partner, with at most the allowed off-site days and both deliverables confirmed.
    /// </summary>
    /// <param name="voucher">The voucher, if found.</param>
    /// <param name="partner">The reserving partner, if found.</param>
    /// <param name="actor">Who acts.</param>
    /// <param name="command">The completion report.</param>
    /// <param name="today">Today in the program zone.</param>
    public Decision<Voucher> SubmitCompletionReport(Voucher? voucher, Partner? partner, Actor actor, SubmitCompletionReport command, LocalDate today)
    {
        if (voucher is null)
        {
            return Decision<Voucher>.Refuse([new VoucherNotFound()]);
        }

        if (HeldByAnotherPartner(voucher, actor))
        {
            return Decision<Voucher>.Refuse([new NotYourVoucher()]);
        }

        var refusals = RoleAndState(voucher, actor, PartnerUsers, VoucherState.Reserved);
        if (voucher.Reservation is null || voucher.State != VoucherState.Reserved)
        {
            return Decision<Voucher>.Refuse(refusals);
        }

        var reservation = voucher.Reservation!;
        var lastDay = voucher.LastDay(calendar);
        if (today > lastDay.Date)
        {
            refusals.Add(new VoucherExpired(lastDay.Date, lastDay.SetBy));
        }

        if (command.DeliveryEnd < command.DeliveryStart)
        {
            refusals.Add(new DatesInvalid(DatesProblem.EndBeforeStart, command.DeliveryStart, command.DeliveryEnd));
        }

        if (command.DeliveryEnd > today)
        {
            refusals.Add(new DatesInvalid(DatesProblem.EndInFuture, command.DeliveryStart, command.DeliveryEnd));
        }

        if (command.DeliveryStart < reservation.ReservedOn)
        {
            refusals.Add(new DatesInvalid(DatesProblem.StartBeforeReservation, reservation.ReservedOn, command.DeliveryStart));
        }

        var remoteAllowed = reservation.RemoteDelivery && command.DeliveryEnd <= calendar.RemoteDeliveryAllowedThrough;
        var maxOffsiteDays = remoteAllowed ? voucher.Days : Math.Min(calendar.MaxOffsiteDays, voucher.Days);
        if (command.OffsiteDays < 0)
        {
            refusals.Add(new InputMissing(nameof(Vouchers.SubmitCompletionReport.OffsiteDays)));
        }
        else if (command.OffsiteDays > maxOffsiteDays)
        {
            refusals.Add(new TooManyOffsiteDays(command.OffsiteDays, maxOffsiteDays));
        }

        var missing = new List<Deliverable>();
        if (!command.CompletionReportConfirmed)
        {
            missing.Add(Deliverable.CompletionReport);
        }

        if (!command.CustomerDeliverableConfirmed)
        {
            missing.Add(Deliverable.CustomerPlanningDeliverable);
        }

        if (missing.Count > 0)
        {
            refusals.Add(new DeliverablesNotConfirmed(missing));
        }

        if (partner is null)
        {
            refusals.Add(new PartnerNotFound(reservation.MpnId));
        }
        else
        {
            refusals.AddRange(eligibility.Evaluate(partner, reservation.EngagementId, command.ConsultantId, deliveryCountry: null, today).Unmet
                .Where(r => r.Kind is RequirementKind.Engagement or RequirementKind.ConsultantExam)
                .Select(r => r.Shortfall!));
        }

        return Decision<Voucher>.From(refusals, () => voucher with
        {
            State = VoucherState.Delivered,
            Version = voucher.Version + 1,
            CompletionReport = new CompletionReport(
                command.DeliveryStart,
                command.DeliveryEnd,
                partner!.FindConsultant(command.ConsultantId)!.ConsultantId,
                command.OffsiteDays,
                command.CompletionReportConfirmed,
                command.CustomerDeliverableConfirmed,
                command.Summary.Trim(),
                today),
        });
    }

    /// <summary>A partner admin of the reserving partner redeems a Delivered voucher through its last day.</summary>
    public Decision<Voucher> Redeem(Voucher? voucher, Actor actor, LocalDate today)
    {
        if (voucher is null)
        {
            return Decision<Voucher>.Refuse([new VoucherNotFound()]);
        }

        if (HeldByAnotherPartner(voucher, actor))
        {
            return Decision<Voucher>.Refuse([new NotYourVoucher()]);
        }

        var refusals = voucher.State == VoucherState.Reserved
            ? RoleAndState(voucher, actor, Admins, VoucherState.Reserved).Append(new CompletionReportMissing()).ToList()
            : RoleAndState(voucher, actor, Admins, VoucherState.Delivered);
        var lastDay = voucher.LastDay(calendar);
        if (voucher.IsOpen && today > lastDay.Date)
        {
            refusals.Add(new RedemptionClosed(lastDay.Date, lastDay.SetBy));
        }

        return Decision<Voucher>.From(refusals, () => voucher with
        {
            State = VoucherState.Redeemed,
            Version = voucher.Version + 1,
            RedeemedOn = today,
        });
    }

    /// <summary>A partner admin of the reserving partner records the SAVB payment request, within the window after redemption, once registered in SAVB for the offering.</summary>
    /// <param name="voucher">The voucher, if found.</param>
    /// <param name="partner">The reserving partner, if found.</param>
    /// <param name="actor">Who acts.</param>
    /// <param name="command">The payment request.</param>
    /// <param name="today">Today in the program zone.</param>
    public Decision<Voucher> RequestPayment(Voucher? voucher, Partner? partner, Actor actor, RequestPayment command, LocalDate today)
    {
        if (voucher is null)
        {
            return Decision<Voucher>.Refuse([new VoucherNotFound()]);
        }

        if (HeldByAnotherPartner(voucher, actor))
        {
            return Decision<Voucher>.Refuse([new NotYourVoucher()]);
        }

        var refusals = RoleAndState(voucher, actor, Admins, VoucherState.Redeemed);
        if (voucher.State == VoucherState.Redeemed && voucher.RedeemedOn is { } redeemedOn)
        {
            var lastDay = calendar.PaymentLastDay(redeemedOn);
            if (today > lastDay.Date)
            {
                refusals.Add(new PaymentWindowClosed(lastDay.Date));
            }
        }

        if (partner?.FindSavbRegistration(voucher.Offering) is null)
        {
            refusals.Add(new SavbRegistrationMissing(voucher.Offering));
        }

        if (string.IsNullOrWhiteSpace(command.Reference))
        {
            refusals.Add(new PaymentReferenceMissing());
        }

        return Decision<Voucher>.From(refusals, () => voucher with
        {
            State = VoucherState.PaymentRequested,
            Version = voucher.Version + 1,
            PaymentRequest = new PaymentRequest(command.Reference.Trim(), today),
        });
    }

    /// <summary>Support staff or the system records that a requested payment was made.</summary>
    public Decision<Voucher> MarkPaid(Voucher? voucher, Actor actor, LocalDate today)
    {
        if (voucher is null)
        {
            return Decision<Voucher>.Refuse([new VoucherNotFound()]);
        }

        var refusals = new List<Refusal>();
        if (!PaymentRecorders.Contains(actor.Role))
        {
            refusals.Add(new RoleNotAllowed(actor.Role, PaymentRecorders));
        }

        if (voucher.State != VoucherState.PaymentRequested)
        {
            refusals.Add(new WrongState(voucher.State, VoucherState.PaymentRequested));
        }

        return Decision<Voucher>.From(refusals, () => voucher with
        {
            State = VoucherState.Paid,
            Version = voucher.Version + 1,
            PaidOn = today,
        });
    }

    // Another partner's voucher is refused for that reason alone, revealing nothing more about it.
    private static bool HeldByAnotherPartner(Voucher voucher, Actor actor) =>
        actor is PartnerUserActor partnerUser
        && voucher.Reservation is { } reservation
        && !string.Equals(reservation.MpnId, partnerUser.MpnId, StringComparison.OrdinalIgnoreCase);

    private static List<Refusal> RoleAndState(Voucher voucher, Actor actor, ActorRole[] allowed, VoucherState expected)
    {
        var refusals = new List<Refusal>();
        if (actor is not PartnerUserActor || !allowed.Contains(actor.Role))
        {
            refusals.Add(new RoleNotAllowed(actor.Role, allowed));
        }

        if (voucher.State != expected)
        {
            refusals.Add(new WrongState(voucher.State, expected));
        }

        return refusals;
    }
}
