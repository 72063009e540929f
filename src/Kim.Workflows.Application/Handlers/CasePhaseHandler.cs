using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// <c>${casePhase}</c>: records the phase (input <c>phase</c>) in the case file whose number is the business key.
/// Idempotent: entering the current phase again changes nothing. "Abgeschlossen" closes the file when the reason
/// is known: <c>abschlussgrund</c> and <c>zielerreichung</c> from the task "Fall abschließen" (the cycle's last service task),
/// or a Verweisberatung (referral); before that task it only notes that the closing has begun.
/// </summary>
public sealed class CasePhaseHandler(IServiceScopeFactory scopes, TimeProvider time, ILogger<CasePhaseHandler> logger) : IServiceTaskHandler
{
    public string Name => "casePhase";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        var phaseName = Variables.String(request.Variables, "phase");
        if (phaseName is null || !Enum.TryParse<CasePhase>(phaseName, ignoreCase: true, out var phase))
        {
            return ServiceTaskResult.Incident($"Unbekannte Fallphase „{phaseName}“ (erwartet: {string.Join(", ", Enum.GetNames<CasePhase>())}).");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        var file = await db.Cases.Include(c => c.PhaseHistory).FirstOrDefaultAsync(c => c.CaseNumber == request.BusinessKey, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            // A file may be gone (retention) while an old instance still runs: the process must not stop for that.
            logger.LogWarning("casePhase: no case file {CaseNumber}; phase {Phase} not recorded", request.BusinessKey, phase);
            return ServiceTaskResult.Completed(new Dictionary<string, object?> { ["casePhase"] = phase.ToString() });
        }

        var now = time.GetUtcNow();
        var known = file.PhaseHistory.Count;
        if (file.IsClosed)
        {
            return ServiceTaskResult.Completed(new Dictionary<string, object?> { ["casePhase"] = file.Phase.ToString() });
        }

        if (phase == CasePhase.Abgeschlossen)
        {
            if (Closing(request.Variables) is { } closing)
            {
                file.Close(closing.Reason, closing.Achievement, now, Variables.String(request.Variables, "zielerreichungBeschreibung"));
            }
            else if (Variables.String(request.Variables, "verweisAn") is not null && !request.Variables.ContainsKey("abschlussgrund"))
            {
                file.Close(ClosingReason.VerweisberatungAbgeschlossen, GoalAchievement.NichtBewertbar, now,
                    $"Verweisberatung an {Variables.String(request.Variables, "verweisAn")}");
            }
            else if (!await db.Notes.AnyAsync(n => n.CaseId == file.Id && n.Text.StartsWith("Abschluss eingeleitet"), cancellationToken).ConfigureAwait(false))
            {
                db.Notes.Add(new CaseNote { CaseId = file.Id, CreatedAt = now, Author = "system", Text = "Abschluss eingeleitet (Aufgabe „Fall abschließen“)." });
            }
        }
        else
        {
            file.MoveTo(phase, now);
        }

        // New history rows carry client-made keys: mark them as new, or EF would update rows that do not exist.
        foreach (var change in file.PhaseHistory.Skip(known))
        {
            db.Entry(change).State = EntityState.Added;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ServiceTaskResult.Completed(new Dictionary<string, object?> { ["casePhase"] = phase.ToString() });
    }

    /// <summary>Reason and goal achievement from the task "Fall abschließen" (enum ids of its form), or null before that task.</summary>
    public static (ClosingReason Reason, GoalAchievement Achievement)? Closing(IReadOnlyDictionary<string, object?> v)
    {
        ClosingReason? reason = Variables.String(v, "abschlussgrund") switch
        {
            "ziele-erreicht" => ClosingReason.ZieleErreicht,
            "regelsystem" => ClosingReason.UebergabeRegelsystem,
            "wegzug" => ClosingReason.Wegzug,
            "mitwirkung-beendet" => ClosingReason.MitwirkungBeendet,
            "kontakt-abgebrochen" => ClosingReason.KontaktAbgebrochen,
            "verweisberatung" => ClosingReason.VerweisberatungAbgeschlossen,
            "sonstiges" => ClosingReason.Sonstiges,
            { } other when Enum.TryParse<ClosingReason>(other, ignoreCase: true, out var parsed) => parsed,
            _ => null,
        };
        if (reason is null)
        {
            return null;
        }

        var achievement = Variables.String(v, "zielerreichung") switch
        {
            "vollstaendig" => GoalAchievement.VollstaendigErreicht,
            "ueberwiegend" => GoalAchievement.UeberwiegendErreicht,
            "teilweise" => GoalAchievement.TeilweiseErreicht,
            "nicht" => GoalAchievement.NichtErreicht,
            { } other when Enum.TryParse<GoalAchievement>(other, ignoreCase: true, out var parsed) => parsed,
            _ => GoalAchievement.NichtBewertbar,
        };
        return (reason.Value, achievement);
    }
}
