using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Data.Demo;

/// <summary>Who reserves a demo voucher, for which engagement, led by whom, under which location.</summary>
internal sealed record DemoCast(DemoPartner Partner, string EngagementId, Consultant Consultant, PartnerLocation Location);
