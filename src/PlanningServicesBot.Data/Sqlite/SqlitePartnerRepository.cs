using Microsoft.Data.Sqlite;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Data.Sqlite;

public sealed class SqlitePartnerRepository(SqliteConnectionFactory connections) : IPartnerRepository
{
    public async Task<Partner?> FindAsync(string mpnId, CancellationToken cancellationToken)
    {
        var partners = await LoadAsync(mpnId, cancellationToken);
        return partners.Count == 0 ? null : partners[0];
    }

    public Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken) => LoadAsync(null, cancellationToken);

    public async Task<PartnerUser?> FindUserAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT mpn_id, tenant_id, aad_object_id, display_name, role FROM partner_users " +
            "WHERE tenant_id = $tenant AND aad_object_id = $object";
        command.Add("$tenant", tenantId);
        command.Add("$object", aadObjectId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadUser(reader) : null;
    }

    public async Task<bool> AddSavbRegistrationAsync(string mpnId, SavbRegistration registration, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The primary key (partner, offering) makes a second registration a no-op, even when two arrive at once.
        command.CommandText =
            "INSERT INTO savb_registrations (mpn_id, offering, registered_on) VALUES ($mpn_id, $offering, $on) " +
            "ON CONFLICT (mpn_id, offering) DO NOTHING";
        command.Add("$mpn_id", mpnId);
        command.Add("$offering", registration.Offering);
        command.Add("$on", StoredValues.Date(registration.RegisteredOn));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Stores a new partner with everything it holds, in one transaction (demo data, tests, provisioning).</summary>
    public async Task AddAsync(Partner partner, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var mpnId = partner.MpnId;

        await ExecuteAsync(connection, transaction, "INSERT INTO partners (mpn_id, name, region) VALUES ($1, $2, $3)",
            [mpnId, partner.Name, StoredValues.Name(partner.Region)], cancellationToken);
        foreach (var location in partner.Locations)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO partner_locations (mpn_id, location_id, country_code) VALUES ($1, $2, $3)",
                [mpnId, location.LocationId, location.CountryCode], cancellationToken);
        }

        foreach (var user in partner.Users)
        {
            if (!string.Equals(user.MpnId, mpnId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"User {user.AadObjectId} belongs to partner {user.MpnId}, not {mpnId}.", nameof(partner));
            }

            await ExecuteAsync(connection, transaction,
                "INSERT INTO partner_users (tenant_id, aad_object_id, mpn_id, display_name, role) VALUES ($1, $2, $3, $4, $5)",
                [user.TenantId, user.AadObjectId, mpnId, user.DisplayName, StoredValues.Name(user.Role)], cancellationToken);
        }

        foreach (var enrollment in partner.Enrollments)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO enrollments (mpn_id, offering, year, agreement_signed_on) VALUES ($1, $2, $3, $4)",
                [mpnId, enrollment.Offering, (long)enrollment.Year, StoredValues.Date(enrollment.AgreementSignedOn)], cancellationToken);
        }

        foreach (var competency in partner.Competencies)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO competencies (mpn_id, name, level, valid_until) VALUES ($1, $2, $3, $4)",
                [mpnId, competency.Name, StoredValues.Name(competency.Level), StoredValues.Date(competency.ValidUntil)], cancellationToken);
        }

        foreach (var consultant in partner.Consultants)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO consultants (mpn_id, consultant_id, name) VALUES ($1, $2, $3)",
                [mpnId, consultant.ConsultantId, consultant.Name], cancellationToken);
            foreach (var exam in consultant.PassedExams)
            {
                await ExecuteAsync(connection, transaction,
                    "INSERT INTO consultant_exams (mpn_id, consultant_id, exam) VALUES ($1, $2, $3)",
                    [mpnId, consultant.ConsultantId, exam], cancellationToken);
            }
        }

        foreach (var registration in partner.SavbRegistrations)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO savb_registrations (mpn_id, offering, registered_on) VALUES ($1, $2, $3)",
                [mpnId, registration.Offering, StoredValues.Date(registration.RegisteredOn)], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<Partner>> LoadAsync(string? mpnId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        // Read-only, but one transaction so that a partner and its parts come from the same snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var filter = mpnId is null ? "" : "WHERE mpn_id = $mpn_id";

        var partners = await ReadAsync(connection, transaction, $"SELECT mpn_id, name, region FROM partners {filter} ORDER BY mpn_id", mpnId,
            r => new Partner(r.GetString(0), r.GetString(1), r.GetName<Region>(2)), cancellationToken);
        if (partners.Count == 0)
        {
            return [];
        }

        var locations = await ReadGroupedAsync(connection, transaction,
            $"SELECT mpn_id, location_id, country_code FROM partner_locations {filter} ORDER BY rowid", mpnId,
            r => new PartnerLocation(r.GetString(1), r.GetString(2)), cancellationToken);
        var users = await ReadGroupedAsync(connection, transaction,
            $"SELECT mpn_id, tenant_id, aad_object_id, display_name, role FROM partner_users {filter} ORDER BY rowid", mpnId,
            ReadUser, cancellationToken);
        var enrollments = await ReadGroupedAsync(connection, transaction,
            $"SELECT mpn_id, offering, year, agreement_signed_on FROM enrollments {filter} ORDER BY rowid", mpnId,
            r => new OfferingEnrollment(r.GetString(1), r.GetNumber(2), r.GetDateOrNull(3)), cancellationToken);
        var competencies = await ReadGroupedAsync(connection, transaction,
            $"SELECT mpn_id, name, level, valid_until FROM competencies {filter} ORDER BY rowid", mpnId,
            r => new PartnerCompetency(r.GetString(1), r.GetName<CompetencyLevel>(2), r.GetDate(3)), cancellationToken);
        var exams = (await ReadAsync(connection, transaction,
            $"SELECT mpn_id, consultant_id, exam FROM consultant_exams {filter} ORDER BY rowid", mpnId,
            r => (Key: (r.GetString(0), r.GetString(1)), Exam: r.GetString(2)), cancellationToken))
            .ToLookup(e => e.Key, e => e.Exam);
        var consultants = await ReadGroupedAsync(connection, transaction,
            $"SELECT mpn_id, consultant_id, name FROM consultants {filter} ORDER BY rowid", mpnId,
            r => new Consultant(r.GetString(1), r.GetString(2), exams[(r.GetString(0), r.GetString(1))].ToList()), cancellationToken);
        var registrations = await ReadGroupedAsync(connection, transaction,
            $"SELECT mpn_id, offering, registered_on FROM savb_registrations {filter} ORDER BY rowid", mpnId,
            r => new SavbRegistration(r.GetString(1), r.GetDate(2)), cancellationToken);

        return partners
            .Select(p => p with
            {
                Locations = locations[p.MpnId].ToList(),
                Users = users[p.MpnId].ToList(),
                Enrollments = enrollments[p.MpnId].ToList(),
                Competencies = competencies[p.MpnId].ToList(),
                Consultants = consultants[p.MpnId].ToList(),
                SavbRegistrations = registrations[p.MpnId].ToList(),
            })
            .ToList();
    }

    private static PartnerUser ReadUser(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetName<PartnerRole>(4));

    private static async Task<ILookup<string, T>> ReadGroupedAsync<T>(
        SqliteConnection connection, SqliteTransaction transaction, string sql, string? mpnId,
        Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(connection, transaction, sql, mpnId, r => (MpnId: r.GetString(0), Item: read(r)), cancellationToken);
        return rows.ToLookup(row => row.MpnId, row => row.Item, StringComparer.Ordinal);
    }

    private static async Task<List<T>> ReadAsync<T>(
        SqliteConnection connection, SqliteTransaction transaction, string sql, string? mpnId,
        Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (mpnId is not null)
        {
            command.Add("$mpn_id", mpnId);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, object[] values, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Add("$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), values[i]);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
