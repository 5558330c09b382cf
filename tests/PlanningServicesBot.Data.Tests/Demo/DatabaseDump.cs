using System.Text;

namespace PlanningServicesBot.Data.Tests.Demo;

/// <summary>Every row of every table as text, to compare two databases or one database before and after.</summary>
public static class DatabaseDump
{
    public static string Of(TestDatabase database)
    {
        using var connection = database.Connections.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('schema_version', 'sqlite_sequence') ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            dump.Append("## ").AppendLine(table);
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row.Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                rows.Add(row.ToString());
            }

            // Sorted as text: some tables have no rowid, and only the set of rows matters.
            rows.Sort(StringComparer.Ordinal);
            rows.ForEach(row => dump.AppendLine(row));
        }

        return dump.ToString();
    }
}
