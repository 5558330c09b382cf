using System.Text;

namespace PlanningServicesBot.Data.VoucherFiles;

/// <summary>Reads RFC 4180 records one physical line at a time; a quoted field may not span lines.</summary>
internal sealed class CsvLineReader(TextReader reader)
{
    private readonly StringBuilder field = new();

    public long LineNumber { get; private set; }

    /// <summary>Reads the next line into <paramref name="fields"/>; false at the end of input.</summary>
    /// <returns>True with <paramref name="error"/> set when the line is not a well-formed record.</returns>
    public bool TryReadLine(List<string> fields, out string? error)
    {
        fields.Clear();
        error = null;
        var line = reader.ReadLine();
        if (line is null)
        {
            return false;
        }

        LineNumber++;
        Split(line, fields, out error);
        return true;
    }

    private void Split(string line, List<string> fields, out string? error)
    {
        error = null;
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                field.Clear();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        error = "a quoted field is not closed on this line";
                        return;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i]);
                    i++;
                }

                fields.Add(field.ToString());
                if (i < line.Length && line[i] != ',')
                {
                    error = $"unexpected text after a quoted field at column {i + 1}";
                    return;
                }
            }
            else
            {
                var end = line.IndexOf(',', i);
                var value = end < 0 ? line[i..] : line[i..end];
                if (value.Contains('"', StringComparison.Ordinal))
                {
                    error = $"a quote inside an unquoted field at column {i + 1}";
                    return;
                }

                fields.Add(value);
                i = end < 0 ? line.Length : end;
            }

            if (i >= line.Length)
            {
                return;
            }

            i++; // the comma
            if (i == line.Length)
            {
                fields.Add("");
                return;
            }
        }
    }
}
