using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Application.Messaging;

/// <summary>
/// Routes messages that workflows throw (<c>ReAssessment_Geplant</c>, <c>Intervall_Geaendert</c>,
/// <c>ReAssessment_Erledigt</c>) by name and business key: to the instance waiting for it, or to a process
/// with that message start event. A repeated outbox row routes nothing twice (the key is recorded).
/// </summary>
/// <remarks>The runtime is resolved lazily: it depends on the outbox dispatcher, which depends on this handler.</remarks>
public sealed class MessageThrownRouter(
    IServiceProvider services, IDbContextFactory<ApplicationDbContext> contexts, TimeProvider time, ILogger<MessageThrownRouter> logger) : IOutboxEffectHandler
{
    public string Kind => OutboxKinds.MessageThrown;

    public async Task ApplyAsync(string idempotencyKey, EngineEffect effect, CancellationToken cancellationToken)
    {
        var message = (MessageThrown)effect;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await db.RoutedMessages.AnyAsync(r => r.Key == idempotencyKey, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        var runtime = services.GetRequiredService<WorkflowRuntime>();
        var result = await runtime.CorrelateMessageAsync(message.MessageName, message.BusinessKey, null, message.Variables, "system", cancellationToken)
            .ConfigureAwait(false);
        if (result.Outcome == CorrelationOutcome.Ambiguous)
        {
            logger.LogWarning("Message {Message} for {BusinessKey} is ambiguous: {Detail}", message.MessageName, message.BusinessKey, result.Message);
        }
        else
        {
            logger.LogInformation("Message {Message} for {BusinessKey}: {Outcome}", message.MessageName, message.BusinessKey, result.Outcome);
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            db.RoutedMessages.Add(new RoutedMessage { Key = idempotencyKey, RoutedAt = time.GetUtcNow(), Outcome = result.Outcome.ToString() });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
