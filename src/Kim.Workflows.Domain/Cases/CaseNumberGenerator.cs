using System.Data.Common;
using System.Globalization;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kim.Workflows.Domain.Cases;

/// <summary>
/// Issues case numbers <c>KIM-YYYY-NNNN</c>, counting from 1 each calendar year. One atomic
/// upsert statement per number (SQLite ≥ 3.35 and PostgreSQL both support
/// <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c>), so parallel intakes on several app nodes
/// never get the same number; a failed intake may leave a gap, which is harmless.
/// </summary>
public sealed class CaseNumberGenerator(KimDbContext db, TimeProvider time)
{
    public const string Prefix = "KIM-";

    private const string UpsertSql =
        "INSERT INTO kim_case_number_counters (\"Year\", \"LastNumber\") VALUES (@year, 1) " +
        "ON CONFLICT (\"Year\") DO UPDATE SET \"LastNumber\" = kim_case_number_counters.\"LastNumber\" + 1 " +
        "RETURNING \"LastNumber\"";

    public async Task<string> NextAsync(CancellationToken cancellationToken = default)
    {
        var year = KimCalendar.Today(time).Year;
        var connection = db.Database.GetDbConnection();
        var openedHere = connection.State != System.Data.ConnectionState.Open;
        if (openedHere)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = UpsertSql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            AddParameter(command, "@year", year);
            var result = await command.ExecuteScalarAsync(cancellationToken);
            var number = Convert.ToInt32(result, CultureInfo.InvariantCulture);
            return Format(year, number);
        }
        finally
        {
            if (openedHere)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    public static string Format(int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{year:D4}-{number:D4}");

    public static bool TryParse(string? caseNumber, out int year, out int number)
    {
        year = 0;
        number = 0;
        if (caseNumber is null || !caseNumber.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = caseNumber[Prefix.Length..].Split('-');
        return parts.Length == 2 && parts[0].Length == 4 && parts[1].Length >= 4
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
