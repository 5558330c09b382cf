using PlanningServicesBot.Domain.Customers;

namespace PlanningServicesBot.Domain.Abstractions;

/// <summary>Where customers are kept.</summary>
public interface ICustomerRepository
{
    /// <summary>The customer with this agreement number, if any.</summary>
    Task<Customer?> FindAsync(string agreementNumber, CancellationToken cancellationToken);
}
