using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Customers;

namespace PlanningServicesBot.Data.Sqlite;

public sealed class SqliteCustomerRepository(SqliteConnectionFactory connections) : ICustomerRepository
{
    private const string SelectList = "agreement_number, name, country_code, benefit_activated, voucher_admin_email, days_balance";

    private const string FindByAgreement = $"SELECT {SelectList} FROM customers WHERE agreement_number = $agreement";

    public Task<Customer?> FindAsync(string agreementNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreementNumber);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(connections.Query(FindByAgreement, [("$agreement", agreementNumber)], reader => reader.Read() ? Read(reader) : null));
    }

    /// <summary>Every customer, by agreement number.</summary>
    public async Task<IReadOnlyList<Customer>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SelectList} FROM customers ORDER BY agreement_number";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var customers = new List<Customer>();
        while (await reader.ReadAsync(cancellationToken))
        {
            customers.Add(Read(reader));
        }

        return customers;
    }

    /// <summary>Stores a new customer (demo data, tests, provisioning).</summary>
    public async Task AddAsync(Customer customer, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO customers ({SelectList}) VALUES ($agreement, $name, $country, $activated, $email, $balance)";
        command.Add("$agreement", customer.AgreementNumber);
        command.Add("$name", customer.Name);
        command.Add("$country", customer.CountryCode);
        command.Add("$activated", StoredValues.Flag(customer.BenefitActivated));
        command.Add("$email", customer.VoucherAdminEmail);
        command.Add("$balance", (long)customer.DaysBalance);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static Customer Read(Microsoft.Data.Sqlite.SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFlag(3), reader.GetString(4), reader.GetNumber(5));
}
