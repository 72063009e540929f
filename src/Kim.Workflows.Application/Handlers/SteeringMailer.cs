using System.Text.RegularExpressions;
using Kim.Workflows.Application.Mail;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Application.Staff;
using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Notifications.Templates;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// Sends one notice per Lenkungsgruppe member through <see cref="MailOutbox"/> (once per member and job).
/// Members are organisations: a partner directory id or a direct <c>Name &lt;address&gt;</c> entry
/// (<see cref="LenkungsgruppeOptions"/>). No consent check: the notices carry no personal client data.
/// </summary>
public sealed partial class SteeringMailer(
    IServiceScopeFactory scopes, TemplateRenderer renderer, MailOutbox outbox, IStaffDirectory staff,
    CalendarSequenceCounter sequences, IOptions<ApplicationOptions> options, IOptions<LenkungsgruppeOptions> steering)
{
    public sealed record Member(string Key, MailRecipient Recipient);

    public ApplicationOptions Options => options.Value;

    public LenkungsgruppeOptions Steering => steering.Value;

    public SteeringFacts? Facts(ServiceTaskRequest request) => SteeringFacts.From(request.Variables, request.BusinessKey, steering.Value);

    /// <summary>Runs <paramref name="use"/> with a scoped <see cref="LenkungsgruppeService"/>.</summary>
    public async Task<T> WithMeetingsAsync<T>(Func<LenkungsgruppeService, Task<T>> use)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await use(ActivatorUtilities.CreateInstance<LenkungsgruppeService>(scope.ServiceProvider)).ConfigureAwait(false);
    }

    /// <summary>The agenda as template objects (<c>titel</c>, <c>beschluss</c>, <c>projektgruppe</c>) and as numbered text.</summary>
    public async Task<(List<object?> Items, string Text)> AgendaAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var agenda = await WithMeetingsAsync(s => s.AgendaAsync(meetingId, cancellationToken)).ConfigureAwait(false);
        var items = agenda.Select(a => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["titel"] = a.Item.Title, ["beschluss"] = a.Item.Decision, ["projektgruppe"] = a.ProjectGroup,
        }).ToList();
        var text = string.Join("\n", agenda.Select((a, i) => $"{i + 1}. {a.Item.Title}{(a.ProjectGroup is null ? "" : $" (Projektgruppe {a.ProjectGroup})")}"));
        return (items, text.Length == 0 ? "(keine Themen auf der Tagesordnung)" : text);
    }

    public string CoordinatorEmail(SteeringFacts facts) =>
        facts.CoordinatorEmail ?? Steering.CoordinationEmail ?? staff.CoordinationEmail("kreis");

    /// <summary>The common part of every Lenkungsgruppe notice's model.</summary>
    public Dictionary<string, object?> BaseModel(SteeringFacts facts, MailRecipient recipient) => new(StringComparer.Ordinal)
    {
        ["empfaengerName"] = recipient.DisplayName,
        ["sitzungTitel"] = facts.Title,
        ["beginn"] = facts.Start,
        ["ende"] = facts.End,
        ["ort"] = facts.Location,
        ["videoLink"] = facts.VideoLink,
        ["koordinationName"] = facts.Coordinator is null ? "Koordination KIM" : staff.DisplayName(facts.Coordinator),
        ["koordinationEmail"] = CoordinatorEmail(facts),
    };

    public async Task<ServiceTaskResult?> SendAsync(
        ServiceTaskRequest job, SteeringFacts facts, string template,
        Func<Member, (Dictionary<string, object?> Model, IReadOnlyList<MailAttachment> Attachments)> compose, CancellationToken cancellationToken)
    {
        var (members, problem) = await ResolveAsync(facts.Members, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return ServiceTaskResult.Incident(problem);
        }

        var reply = new MailRecipient(CoordinatorEmail(facts), facts.Coordinator is null ? "Koordination KIM" : staff.DisplayName(facts.Coordinator));
        var outcomes = new List<MailSendOutcome>();
        try
        {
            foreach (var member in members)
            {
                outcomes.Add(await outbox.SendAsync(job, member.Key, template, messageId =>
                {
                    var (model, attachments) = compose(member);
                    var notice = renderer.Render(template, model);
                    return OutgoingMail.FromNotice(messageId, [member.Recipient], notice) with { Attachments = attachments, ReplyTo = reply };
                }, cancellationToken).ConfigureAwait(false));
            }
        }
        catch (TemplateException e)
        {
            return ServiceTaskResult.Incident($"Vorlage '{template}' kann nicht erzeugt werden: {e.Message}");
        }

        return MailOutbox.Combine(outcomes);
    }

    /// <summary>Every member with a mailbox, or the German reason why one cannot be reached (nothing is sent then).</summary>
    public async Task<(IReadOnlyList<Member> Members, string? Problem)> ResolveAsync(IReadOnlyList<string> entries, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        var directoryIds = entries.Where(e => Direct().Match(e) is not { Success: true }).ToList();
        var partners = await PartnerDirectory.ResolveAsync(db, directoryIds, cancellationToken).ConfigureAwait(false);
        var members = new List<Member>();
        var problems = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var key = $"m{i + 1}-{PartnerDirectory.Slug(entry)}";
            key = key.Length > 60 ? key[..60] : key;
            if (Direct().Match(entry) is { Success: true } direct)
            {
                members.Add(new Member(key, new MailRecipient(direct.Groups["email"].Value.Trim(), direct.Groups["name"].Value.Trim())));
            }
            else if (partners[entry] is not { } partner)
            {
                problems.Add($"{entry}: nicht im Partnerverzeichnis");
            }
            else if (partner.Email is { } orgMail)
            {
                // The organisation's mailbox: the Lenkungsgruppe invites the body, which sends its decision maker.
                members.Add(new Member(key, new MailRecipient(orgMail, partner.Name)));
            }
            else if (ConferenceMailer.RecipientOf(partner) is { } person)
            {
                members.Add(new Member(key, person));
            }
            else
            {
                problems.Add($"{partner.Name}: keine E-Mail-Adresse hinterlegt");
            }
        }

        return problems.Count > 0
            ? ([], "Mitglieder der Lenkungsgruppe nicht erreichbar – es wurde nichts gesendet. " + string.Join("; ", problems) + ".")
            : (members, null);
    }

    /// <summary>The SEQUENCE of the meeting's calendar entry for this job (see <see cref="CalendarSequenceCounter"/>).</summary>
    public Task<int> NextSequenceAsync(SteeringFacts facts, Guid jobId, CancellationToken cancellationToken) =>
        sequences.NextAsync(facts.CalendarKey, jobId, cancellationToken);

    [GeneratedRegex(@"^\s*(?<name>[^<>]+?)\s*<(?<email>[^<>\s]+@[^<>\s]+)>\s*$")]
    private static partial Regex Direct();
}
