using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Tests.Shared;
using Kim.Workflows.Web.Api;
using Kim.Workflows.Web.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kim.Workflows.Web.Tests.EndToEnd.ApiEndToEndHost;

namespace Kim.Workflows.Web.Tests.Privacy;

/// <summary>
/// Technical logs carry ids and counts, never personal data: the whole host runs with the demo data and a capturing logger
/// (Debug and up) through intake, task completion, case reads, a Fallkonferenz whose invitations first meet a refusing
/// SMTP server and are then delivered, and a partner's answer through the link; no log message, structured property, scope
/// or exception names a client (full name, given name, e-mail, street address) or a partner's contact person's address.
/// </summary>
public sealed class NoPersonalDataInLogsTests
{
    private const string IntakeClient = "Amira Beispiel";

    [Fact]
    public async Task The_logs_of_a_full_flow_name_no_client_and_no_mail_address()
    {
        await using var app = await StartWithDemoDataAsync();
        var cm = await app.AsAsync(CaseManager);

        // Case reads: the list and one demo case file (names pass through the API, never into the log).
        var list = await cm.GetStringAsync("/api/cases");
        var demoCase = JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray().First().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await cm.GetAsync($"/api/cases/{demoCase}")).StatusCode);

        // Intake and task completion up to the assessment.
        var created = await app.IntakeAsync();
        await app.ConsentAsync(created.Id!.Value, ["jobcenter-kreis-warendorf", "jugendamt-kreis-warendorf"], ["arbeit", "familie"]);
        await app.ToAssessmentAsync(created.CaseNumber);

        // Fallkonferenz: the invitations meet a refusing server first (the failure path logs too), then go out.
        app.Smtp.Down = true;
        var planned = await cm.PostAsJsonAsync($"/api/cases/{created.Id}/fallkonferenzen", new
        {
            occasion = "Übergang Schule – Ausbildung", date = "2026-03-20", time = "14:00", durationMinutes = 90, location = "Kreishaus Warendorf, Raum 2.14",
            agenda = "Stand der Ziele", partnerIds = new[] { "jobcenter-kreis-warendorf", "jugendamt-kreis-warendorf" }, dataCategories = new[] { "arbeit", "familie" },
            clientAttends = true,
        }, Json);
        Assert.True(planned.StatusCode == HttpStatusCode.Created, await planned.Content.ReadAsStringAsync());
        await Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.Refused), n => n >= 1, "an invitation refused by the SMTP server");
        app.Smtp.Down = false;
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync();
        var invitation = (await app.MailsAsync(JobcenterMail, 1, "invitation to the Jobcenter"))[0];
        await app.MailsAsync(JugendamtMail, 1, "invitation to the Jugendamt");
        await app.WaitForSubscriptionAsync(created.CaseNumber, "Event_Antwort");

        // The partner answers through the signed link.
        using (var partner = app.Anonymous())
        {
            var link = AnswerLinks(invitation)[0];
            Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(link)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await partner.PostAsync(link, null)).StatusCode);
        }

        var forbidden = await PersonalDataAsync(app);
        var events = app.Logs.Events.ToList();
        // The capture saw the flow: otherwise an empty log would pass.
        Assert.Contains(events, e => e.Texts[0].StartsWith("Demo data seeded", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Texts[0].Contains("delivered to", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Category.Contains("MailOutbox", StringComparison.Ordinal) || e.Category.Contains("SmtpMailTransport", StringComparison.Ordinal));
        Assert.True(forbidden.Count > 100, $"only {forbidden.Count} personal values collected");

        var leaks = (from e in events
                     from text in e.Texts
                     from value in forbidden
                     where Mentions(text, value)
                     select $"{e.Category} [{e.Level}] mentions '{value}': {text}").Distinct().Take(20).ToList();
        Assert.True(leaks.Count == 0, "Personal data in technical logs:\n" + string.Join("\n", leaks));
    }

    /// <summary>What must never reach a log: every client's and household member's name, address and mail, and the partners' contact addresses.</summary>
    private static async Task<HashSet<string>> PersonalDataAsync(ApiEndToEndHost app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        var values = new HashSet<string>(StringComparer.Ordinal) { IntakeClient, JobcenterMail, JugendamtMail };
        foreach (var client in await db.Clients.AsNoTracking().ToListAsync())
        {
            values.Add($"{client.GivenName} {client.FamilyName}");
            // Given names are distinctive; the demo family names are placeholder words ("Demo", "Muster") that occur in
            // ordinary log text, so they count only within the full name.
            values.Add(client.GivenName);
            AddIfAny(values, client.Email, client.Street, client.Phone);
        }

        foreach (var member in await db.HouseholdMembers.AsNoTracking().ToListAsync())
        {
            values.Add($"{member.GivenName} {member.FamilyName}".Trim());
        }

        foreach (var contact in await db.ContactPersons.AsNoTracking().ToListAsync())
        {
            values.Add(contact.Email);
        }

        return values;
    }

    private static void AddIfAny(HashSet<string> values, params string?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate))
            {
                values.Add(candidate);
            }
        }
    }

    /// <summary>Whole words only, so "Elif" is not found inside another word; e-mail addresses and streets as they are.</summary>
    private static bool Mentions(string text, string value) =>
        text.Contains(value, StringComparison.OrdinalIgnoreCase)
        && Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(value)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
