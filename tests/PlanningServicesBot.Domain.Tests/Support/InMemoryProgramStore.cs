using NodaTime;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Support;

/// <summary>
/// An in-memory store honouring the repository contracts (conditional, all-or-nothing commits; keys stored once),
/// so the application service can be tested without the Data project. Every call yields first, to let races interleave.
/// </summary>
public sealed class InMemoryProgramStore : IVoucherRepository, IPartnerRepository, ICustomerRepository
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Voucher> vouchers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LocalDate?> dueOn = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Partner> partners = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Customer> customers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> outcomes = new(StringComparer.Ordinal);
    private readonly List<VoucherAuditEntry> audit = [];

    public IReadOnlyList<VoucherAuditEntry> Audit
    {
        get { lock (gate) { return audit.ToList(); } }
    }

    public int CommitAttempts { get; private set; }

    public void Add(Partner partner) { lock (gate) { partners[partner.MpnId] = partner; } }

    public void Add(Customer customer) { lock (gate) { customers[customer.AgreementNumber] = customer; } }

    public void Add(Voucher voucher) { lock (gate) { vouchers[voucher.Number.Value] = voucher; } }

    public Customer Customer(string agreement) { lock (gate) { return customers[agreement]; } }

    public async Task<Voucher?> FindAsync(VoucherNumber number, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (gate) { return vouchers.GetValueOrDefault(number.Value); }
    }

    public async Task<IReadOnlyList<Voucher>> ListByPartnerAsync(string mpnId, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (gate) { return vouchers.Values.Where(v => v.PartnerMpnId == mpnId).ToList(); }
    }

    public async Task<IReadOnlyList<Voucher>> ListDueBetweenAsync(LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (gate) { return vouchers.Values.Where(v => dueOn.GetValueOrDefault(v.Number.Value) is { } due && due >= from && due <= to).ToList(); }
    }

    public async Task<CommitResult> CommitAsync(VoucherChange change, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (gate)
        {
            CommitAttempts++;
            if (outcomes.TryGetValue(change.Key.Value, out var stored))
            {
                return CommitResult.DuplicateKey(stored);
            }

            var current = vouchers.GetValueOrDefault(change.Voucher.Number.Value);
            var asExpected = change.ExpectedState is null
                ? current is null
                : current is not null && current.State == change.ExpectedState && current.Version == change.ExpectedVersion;
            Customer? debited = null;
            if (change.Debit is { } debit)
            {
                var customer = customers.GetValueOrDefault(debit.AgreementNumber);
                asExpected &= customer is not null && customer.DaysBalance >= debit.Days;
                debited = customer is null ? null : customer with { DaysBalance = customer.DaysBalance - debit.Days };
            }

            if (!asExpected)
            {
                return CommitResult.VersionConflict;
            }

            vouchers[change.Voucher.Number.Value] = change.Voucher;
            dueOn[change.Voucher.Number.Value] = change.DueOn;
            if (debited is not null)
            {
                customers[debited.AgreementNumber] = debited;
            }

            audit.Add(change.Audit);
            outcomes[change.Key.Value] = change.OutcomeJson;
            return CommitResult.Committed;
        }
    }

    public async Task<string?> FindOutcomeAsync(OperationKey key, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (gate) { return outcomes.GetValueOrDefault(key.Value); }
    }

    async Task<Partner?> IPartnerRepository.FindAsync(string mpnId, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (gate) { return partners.GetValueOrDefault(mpnId); }
    }

    public async Task<PartnerUser?> FindUserAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (gate) { return partners.Values.SelectMany(p => p.Users).FirstOrDefault(u => u.TenantId == tenantId && u.AadObjectId == aadObjectId); }
    }

    public async Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (gate) { return partners.Values.ToList(); }
    }

    public async Task<bool> AddSavbRegistrationAsync(string mpnId, SavbRegistration registration, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (gate)
        {
            var partner = partners[mpnId];
            if (partner.FindSavbRegistration(registration.Offering) is not null)
            {
                return false;
            }

            partners[mpnId] = partner with { SavbRegistrations = [.. partner.SavbRegistrations, registration] };
            return true;
        }
    }

    async Task<Customer?> ICustomerRepository.FindAsync(string agreementNumber, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (gate) { return customers.GetValueOrDefault(agreementNumber); }
    }
}
