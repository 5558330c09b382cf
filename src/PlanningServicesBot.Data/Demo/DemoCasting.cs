using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Eligibility;

namespace PlanningServicesBot.Data.Demo;

/// <summary>
/// Picks, for each story that has a reservation, a partner that the program's eligibility check accepts on the reservation day,
/// an engagement of the voucher's offering and length, a qualified consultant, and a location — in the customer's country when
/// the partner has one there, else the partner's first. Stories nobody can take stay Assigned (e.g. SSDPS vouchers of 1 day).
/// </summary>
internal sealed class DemoCasting(ProgramCatalogue catalogue, ProgramCalendar calendar, IReadOnlyList<DemoPartner> partners)
{
    private readonly EligibilityCheck eligibility = new(catalogue, calendar);

    public IReadOnlyList<(DemoStory Story, DemoCast? Cast)> CastAll(IReadOnlyList<DemoStory> stories, IReadOnlyList<Customer> customers)
    {
        var countries = customers.ToDictionary(c => c.AgreementNumber, c => c.CountryCode, StringComparer.Ordinal);
        return stories.Select((story, index) => Cast(story, countries[story.AgreementNumber], index)).ToList();
    }

    private (DemoStory Story, DemoCast? Cast) Cast(DemoStory story, string customerCountry, int index)
    {
        if (story.ReservedOn is not { } reservedOn)
        {
            return (story, null);
        }

        if (story.RetiredEngagementId is { } retired)
        {
            var holder = Preferred(story);
            return (story, new DemoCast(holder, retired, holder.Partner.Consultants[0], LocationFor(holder, customerCountry)));
        }

        foreach (var partner in Candidates(story, customerCountry, index))
        {
            if (story.PaymentRequestedOn is not null && !partner.SavbOfferings.Contains(story.Offering))
            {
                continue;
            }

            var engagements = Rotate(catalogue.EngagementsOf(story.Offering).Where(e => e.AllowedLengths.Contains(story.Days)).ToList(), index);
            foreach (var engagement in engagements)
            {
                foreach (var consultant in Rotate(partner.Partner.Consultants, index))
                {
                    if (eligibility.Evaluate(partner.Partner, engagement.Id, consultant.ConsultantId, null, reservedOn).IsEligible)
                    {
                        return (story, new DemoCast(partner, engagement.Id, consultant, LocationFor(partner, customerCountry)));
                    }
                }
            }
        }

        return story.PreferredMpnId is null
            ? (story.Unreserved(), null)
            : throw new InvalidOperationException(
                $"Demo voucher {story.Number} is meant for partner {story.PreferredMpnId}, which cannot take it on {NodaTime.Text.LocalDatePattern.Iso.Format(reservedOn)}.");
    }

    private IEnumerable<DemoPartner> Candidates(DemoStory story, string customerCountry, int index)
    {
        if (story.PreferredMpnId is not null)
        {
            return [Preferred(story)];
        }

        var local = partners.Where(p => p.Partner.Locations.Any(l => l.CountryCode == customerCountry)).ToList();
        return [.. Rotate(local, index), .. Rotate(partners.Except(local).ToList(), index)];
    }

    private DemoPartner Preferred(DemoStory story) => partners.Single(p => p.Partner.MpnId == story.PreferredMpnId);

    private static Domain.Partners.PartnerLocation LocationFor(DemoPartner partner, string customerCountry) =>
        partner.Partner.Locations.FirstOrDefault(l => l.CountryCode == customerCountry) ?? partner.Partner.Locations[0];

    private static IEnumerable<T> Rotate<T>(IReadOnlyList<T> items, int by) =>
        items.Count == 0 ? [] : items.Skip(by % items.Count).Concat(items.Take(by % items.Count));
}
