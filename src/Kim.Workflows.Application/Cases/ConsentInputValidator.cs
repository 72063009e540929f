using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// The rules of a valid Schweigepflichtentbindung (DOMAIN.md, data protection): named recipients from the partner directory,
/// named data categories with special categories named explicitly, a purpose, the consequences of refusing explained,
/// a date it was given (not in the future) and an end not before it. German messages keyed by <see cref="ConsentInput"/> field.
/// </summary>
public sealed class ConsentInputValidator(KimDbContext db, TimeProvider time)
{
    public const int PurposeMaxLength = 2000;

    public async Task<IReadOnlyDictionary<string, string>> ValidateAsync(ConsentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var partnerIds = input.PartnerOrganisationIds.Distinct().ToList();
        if (partnerIds.Count == 0)
        {
            errors[nameof(ConsentInput.PartnerOrganisationIds)] = "Bitte mindestens eine Partnerorganisation einzeln auswählen.";
        }
        else
        {
            var known = await db.Partners.AsNoTracking().CountAsync(p => partnerIds.Contains(p.Id), cancellationToken).ConfigureAwait(false);
            if (known != partnerIds.Count)
            {
                errors[nameof(ConsentInput.PartnerOrganisationIds)] = "Mindestens eine ausgewählte Partnerorganisation steht nicht im Partnerverzeichnis.";
            }
        }

        if (input.DataCategories.Count == 0)
        {
            errors[nameof(ConsentInput.DataCategories)] = "Bitte mindestens eine Datenkategorie auswählen.";
        }
        else if (input.DataCategories.Any(c => !Enum.IsDefined(c)))
        {
            errors[nameof(ConsentInput.DataCategories)] = "Unbekannte Datenkategorie.";
        }
        else if (input.DataCategories.Any(DataCategories.IsSpecial) && !input.SpecialCategoriesNamedExplicitly)
        {
            errors[nameof(ConsentInput.SpecialCategoriesNamedExplicitly)] =
                "Besondere Kategorien (Art. 9/10 DSGVO) gelten nur, wenn die unterschriebene Erklärung sie ausdrücklich nennt. Bitte bestätigen.";
        }

        var purpose = input.Purpose?.Trim() ?? "";
        if (purpose.Length == 0)
        {
            errors[nameof(ConsentInput.Purpose)] = "Bitte den Zweck angeben (wofür die Daten weitergegeben werden).";
        }
        else if (purpose.Length > PurposeMaxLength)
        {
            errors[nameof(ConsentInput.Purpose)] = $"Der Zweck darf höchstens {PurposeMaxLength} Zeichen lang sein.";
        }

        if (!Enum.IsDefined(input.Form))
        {
            errors[nameof(ConsentInput.Form)] = "Bitte die Form der Erklärung auswählen.";
        }

        if (!input.RefusalConsequencesExplained)
        {
            errors[nameof(ConsentInput.RefusalConsequencesExplained)] =
                "Die Erklärung ist nur freiwillig, wenn die Folgen einer Verweigerung erklärt wurden. Bitte bestätigen.";
        }

        var today = KimCalendar.Today(time);
        if (input.GivenOn is not { } givenOn)
        {
            errors[nameof(ConsentInput.GivenOn)] = "Bitte das Datum der Erklärung angeben.";
        }
        else if (givenOn > today)
        {
            errors[nameof(ConsentInput.GivenOn)] = "Das Datum der Erklärung darf nicht in der Zukunft liegen.";
        }
        else if (input.ValidUntil is { } until && until < givenOn)
        {
            errors[nameof(ConsentInput.ValidUntil)] = "„Gültig bis“ darf nicht vor dem Datum der Erklärung liegen.";
        }

        return errors;
    }
}
