using System.Text.Json;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Refusals;

namespace PlanningServicesBot.Domain.Tests.Support;

/// <summary>Assertions on decisions; refusals are compared by their JSON form, so every fact they carry must match.</summary>
public static class Expect
{
    public static T Accepted<T>(Decision<T> decision)
        where T : class
    {
        Assert.True(decision.IsAccepted, "Refused: " + Describe(decision.Refusals));
        return decision.Value!;
    }

    public static void Refused<T>(Decision<T> decision, params Refusal[] expected)
        where T : class
    {
        Assert.False(decision.IsAccepted, "Expected a refusal but it was accepted.");
        Assert.Equal(Describe(expected), Describe(decision.Refusals));
    }

    public static void Refused(OperationOutcome outcome, params Refusal[] expected)
    {
        var refused = Assert.IsType<Refused>(outcome);
        Assert.Equal(Describe(expected), Describe(refused.Reasons));
    }

    public static string Describe(IEnumerable<Refusal> refusals) =>
        string.Join(Environment.NewLine, refusals.Select(r => JsonSerializer.Serialize(r, OperationOutcomeJson.Options)));
}
