using System.Text;
using Kim.Workflows.Application.Mail;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Application.Staff;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Notifications.Templates;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// The <c>mail-send</c> connector: renders <c>template</c> with the visible variables and input parameters
/// and sends it to <c>to</c> / <c>cc</c> (addresses, comma-separated, or a list), with optional
/// <c>attachments</c> (maps of fileName, content, contentType). When <c>partnerId</c> is given the mail
/// carries case data to that partner and needs a valid consent (for <c>dataCategories</c>).
/// </summary>
public sealed class MailSendHandler(
    TemplateRenderer renderer, MailOutbox outbox, IServiceScopeFactory scopes, ConsentGuard consents, IStaffDirectory staff,
    IOptions<ApplicationOptions> options, TimeProvider time) : IServiceTaskHandler
{
    public const string HandlerName = "mail-send";

    public string Name => HandlerName;

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        var v = request.Variables;
        var template = Variables.String(v, "template");
        var to = Variables.List(v, "to").Select(a => new MailRecipient(a)).ToList();
        if (template is null || to.Count == 0)
        {
            return ServiceTaskResult.Incident($"mail-send an {request.ElementId}: {(template is null ? "keine Vorlage (template)" : "kein Empfänger (to)")} angegeben.");
        }

        var partners = Variables.List(v, "partnerId");
        if (partners.Count > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
            var refused = (await consents.CheckAsync(db, request.BusinessKey, partners, Variables.List(v, "dataCategories"), cancellationToken).ConfigureAwait(false))
                .Where(c => !c.Allowed).ToList();
            if (refused.Count > 0)
            {
                return ServiceTaskResult.Incident("Keine gültige Einwilligung – die E-Mail wurde nicht gesendet. "
                    + string.Join(" ", refused.Select(r => $"{r.Name}: {r.Reason}")));
            }
        }

        try
        {
            var model = NoticeModel.For(v, request.BusinessKey, options.Value, staff, time.GetUtcNow());
            var outcome = await outbox.SendAsync(request, "0", template, messageId =>
            {
                var notice = renderer.Render(template, model);
                return OutgoingMail.FromNotice(messageId, to, notice) with
                {
                    Cc = Variables.List(v, "cc").Select(a => new MailRecipient(a)).ToList(),
                    Attachments = Attachments(v.GetValueOrDefault("attachments")),
                };
            }, cancellationToken).ConfigureAwait(false);
            return MailOutbox.Combine([outcome]) ?? ServiceTaskResult.Completed();
        }
        catch (TemplateException e)
        {
            return ServiceTaskResult.Incident($"Vorlage '{template}' kann nicht erzeugt werden: {e.Message}");
        }
    }

    private static List<MailAttachment> Attachments(object? value)
    {
        var result = new List<MailAttachment>();
        if (value is not IEnumerable<object?> items)
        {
            return result;
        }

        foreach (var item in items.OfType<IReadOnlyDictionary<string, object?>>())
        {
            var name = Variables.String(item, "fileName") ?? "anhang.txt";
            var content = Variables.String(item, "content") ?? "";
            result.Add(new MailAttachment(name, Variables.String(item, "contentType") ?? "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(content)));
        }

        return result;
    }
}
