namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>The input of the payment request form: the reference SAVB gave the request.</summary>
internal static class PaymentRequestForm
{
    public const string Reference = "reference";
    public const int MaxReferenceLength = 50;
}
