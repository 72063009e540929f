using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>
/// <c>/faelle/{id}/ziele</c>: Hilfeplanung — Ergebnisziele (set, rate; <c>?ziel={goalId}</c>), their Handlungsziele (add, edit;
/// <c>?schritt={stepId}</c>) and the Zielvereinbarung (conclude a new one over open goals; earlier ones stay as history).
/// Goals are not deleted: one that no longer applies is set to „verworfen“.
/// </summary>
[Authorize(Policy = CasePolicies.Cases)]
public sealed class ZieleModel(CaseFileService files, GoalService goals, ZielvereinbarungService agreements, TimeProvider time) : CaseEditPageModel(files, time)
{
    [BindProperty]
    public GoalForm Ziel { get; set; } = new();

    [BindProperty]
    public StepForm Schritt { get; set; } = new();

    [BindProperty]
    public AgreementForm Vereinbarung { get; set; } = new();

    private bool _agreementPosted;

    protected override string Section => "ziele";

    public IReadOnlyList<Ergebnisziel> Goals => CaseFile is null ? [] : [.. CaseFile.Ergebnisziele.OrderBy(g => g.Status == GoalStatus.Verworfen).ThenBy(g => g.CreatedOn)];

    public IReadOnlyList<Ergebnisziel> OpenGoals => [.. Goals.Where(g => GoalRules.IsOpen(g.Status))];

    public Zielvereinbarung? CurrentAgreement => CaseFile is null ? null : Zielvereinbarung.CurrentOf(CaseFile.Zielvereinbarungen);

    public IReadOnlyList<Zielvereinbarung> Agreements => CaseFile is null ? []
        : [.. CaseFile.Zielvereinbarungen.OrderByDescending(z => z.AgreedOn).ThenByDescending(z => z.RecordedAt ?? DateTimeOffset.MinValue)];

    public string GoalText(Guid goalId) => CaseFile?.Ergebnisziele.FirstOrDefault(g => g.Id == goalId) is { } g
        ? $"{PlanningLabels.Area(g.Lebensbereich)}: {g.Description}" : "(Ziel nicht mehr vorhanden)";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? ziel, Guid? schritt, string? gespeichert, CancellationToken cancellationToken)
    {
        Message = gespeichert switch
        {
            "ziel-neu" => "Das Ergebnisziel ist gespeichert.",
            "ziel-geaendert" => "Die Änderung des Ergebnisziels ist gespeichert.",
            "schritt-neu" => "Das Handlungsziel ist gespeichert.",
            "schritt-geaendert" => "Die Änderung des Handlungsziels ist gespeichert.",
            "vereinbarung" => "Die Zielvereinbarung ist gespeichert; sie ersetzt die bisherige.",
            _ => null,
        };
        var shown = await ShowAsync(id, cancellationToken);
        if (CaseFile is null)
        {
            return shown;
        }

        if (ziel is { } goalId)
        {
            if (CaseFile.Ergebnisziele.FirstOrDefault(g => g.Id == goalId) is not { } goal)
            {
                return NotFound();
            }

            Ziel = GoalForm.From(goal);
        }

        if (schritt is { } stepId)
        {
            if (CaseFile.Ergebnisziele.SelectMany(g => g.Handlungsziele).FirstOrDefault(h => h.Id == stepId) is not { } step)
            {
                return NotFound();
            }

            Schritt = StepForm.From(step.ErgebniszielId, step);
        }

        return shown;
    }

    public async Task<IActionResult> OnPostZielAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!BoundCleanly(nameof(Ziel)))
        {
            return await UnreadableAsync(id, cancellationToken);
        }

        var user = User.ToKimUser();
        var result = Ziel.GoalId is { } goalId
            ? await goals.UpdateGoalAsync(user, id, goalId, Ziel.Version, Ziel.ToInput(), cancellationToken)
            : await goals.AddGoalAsync(user, id, Ziel.ToInput(), cancellationToken);
        return await AfterEditAsync(id, result, nameof(Ziel), Ziel.GoalId is null ? "ziel-neu" : "ziel-geaendert", cancellationToken);
    }

    public async Task<IActionResult> OnPostSchrittAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!BoundCleanly(nameof(Schritt)))
        {
            return await UnreadableAsync(id, cancellationToken);
        }

        if (Schritt.GoalId is not { } goalId)
        {
            ModelState.AddModelError($"{nameof(Schritt)}.{nameof(StepForm.GoalId)}", "Bitte das Ergebnisziel auswählen, zu dem der Schritt gehört.");
            return await UnreadableAsync(id, cancellationToken);
        }

        var user = User.ToKimUser();
        var result = Schritt.StepId is { } stepId
            ? await goals.UpdateStepAsync(user, id, goalId, stepId, Schritt.Version, Schritt.ToInput(), cancellationToken)
            : await goals.AddStepAsync(user, id, goalId, Schritt.ToInput(), cancellationToken);
        return await AfterEditAsync(id, result, nameof(Schritt), Schritt.StepId is null ? "schritt-neu" : "schritt-geaendert", cancellationToken);
    }

    public async Task<IActionResult> OnPostVereinbarungAsync(Guid id, CancellationToken cancellationToken)
    {
        _agreementPosted = true;
        if (!BoundCleanly(nameof(Vereinbarung)))
        {
            return await UnreadableAsync(id, cancellationToken);
        }

        var result = await agreements.ConcludeAsync(User.ToKimUser(), id, Vereinbarung.ToInput(), cancellationToken);
        return await AfterEditAsync(id, result, nameof(Vereinbarung), "vereinbarung", cancellationToken);
    }

    /// <summary>A new agreement starts today over all open goals, unless the page shows a posted agreement form again.</summary>
    protected override Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        if (!_agreementPosted)
        {
            Vereinbarung = new AgreementForm { AgreedOn = Today, GoalIds = [.. OpenGoals.Select(g => g.Id)] };
        }

        return Task.CompletedTask;
    }
}
