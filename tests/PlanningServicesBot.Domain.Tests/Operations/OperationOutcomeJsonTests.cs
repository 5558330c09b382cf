using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Tests.Support;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Operations;

public class OperationOutcomeJsonTests
{
    private static readonly Type[] RefusalTypes = typeof(Refusal).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Refusal)) && !t.IsAbstract)
        .OrderBy(t => t.Name)
        .ToArray();

    [Fact]
    public void EveryRefusalTypeIsRegisteredForPolymorphicJson()
    {
        var registered = typeof(Refusal).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToHashSet();

        Assert.True(RefusalTypes.Length >= 30);
        Assert.Empty(RefusalTypes.Where(t => !registered.Contains(t)).Select(t => t.Name));
    }

    [Fact]
    public void ARefusedOutcomeRoundTripsEveryRefusalType()
    {
        var refusals = RefusalTypes.Select(Example).ToList();
        var json = OperationOutcomeJson.Serialize(new Refused(refusals));

        var back = Assert.IsType<Refused>(OperationOutcomeJson.Deserialize(json));

        Assert.Equal(RefusalTypes, back.Reasons.Select(r => r.GetType()));
        Assert.Equal(json, OperationOutcomeJson.Serialize(back));
        Assert.Equivalent(refusals, back.Reasons, strict: true);
    }

    [Fact]
    public void DatesAreWrittenAsIsoDaysAndKindsAsNames()
    {
        var json = OperationOutcomeJson.Serialize(new Refused([new VoucherExpired(new LocalDate(2021, 8, 28), DeadlineRule.CovidExtension)]));

        Assert.Equal("""{"outcome":"Refused","reasons":[{"kind":"VoucherExpired","lastDay":"2021-08-28","setBy":"CovidExtension"}]}""", json);
    }

    [Fact]
    public void ASucceededOutcomeRoundTripsAVoucherWithEveryStep()
    {
        var voucher = Sample.PaymentRequested(new LocalDate(2021, 11, 2)) with { State = VoucherState.Paid, PaidOn = new LocalDate(2021, 12, 1), Version = 6 };

        var back = Assert.IsType<Succeeded>(OperationOutcomeJson.Deserialize(OperationOutcomeJson.Serialize(new Succeeded(voucher, AlreadyDone: false))));

        Assert.Equal(voucher, back.Voucher);
        Assert.False(back.AlreadyDone);
    }

    [Fact]
    public void ActorsRoundTripWithTheirKind()
    {
        Actor[] actors = [Sample.GlobalAdmin(), new SupportStaffActor("t", "o"), new CustomerActor("E-1"), new SystemActor("import")];

        var back = JsonSerializer.Deserialize<Actor[]>(JsonSerializer.Serialize(actors, OperationOutcomeJson.Options), OperationOutcomeJson.Options)!;

        Assert.Equal(actors, back);
    }

    [Fact]
    public void TextThatIsNotAnOutcomeIsRejected()
    {
        Assert.ThrowsAny<JsonException>(() => OperationOutcomeJson.Deserialize("""{"outcome":"Refused","reasons":[{"kind":"VoucherExpired","lastDay":"28/08/2021"}]}"""));
    }

    private static Refusal Example(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => ExampleValue(p.ParameterType)).ToArray();
        return (Refusal)constructor.Invoke(arguments);
    }

    private static object ExampleValue(Type type) => type switch
    {
        _ when type == typeof(string) => "X-1",
        _ when type == typeof(int) => 7,
        _ when type == typeof(LocalDate) => new LocalDate(2021, 8, 28),
        _ when type == typeof(VoucherNumber) => Sample.Number(),
        _ when type.IsEnum => Enum.GetValues(type).GetValue(1)!,
        _ when type == typeof(IReadOnlyList<int>) => new[] { 3, 5 },
        _ when type == typeof(IReadOnlyList<string>) => new[] { "DP-300", "DA-100" },
        _ when type == typeof(IReadOnlyList<ActorRole>) => new[] { ActorRole.GlobalAdmin, ActorRole.MpnPartnerAdmin },
        _ when type == typeof(IReadOnlyList<Deliverable>) => new[] { Deliverable.CustomerPlanningDeliverable },
        _ when type == typeof(IReadOnlyList<CompetencyRequirement>) => new[] { new CompetencyRequirement("Data Platform", CompetencyLevel.Gold) },
        _ => throw new InvalidOperationException($"No example value for {type}; add one so the refusal is covered."),
    };
}
