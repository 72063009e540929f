using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Domain.Seeding;

/// <summary>
/// Adds what happens around demo cases: Fallkonferenzen (pending and held, with partners left out
/// for lack of consent), ABH/EBH consultations (open, overdue, answered) and structural findings.
/// </summary>
internal sealed class DemoActivitySeeder(KimDbContext db, Random random, DateTimeOffset now, IReadOnlyDictionary<string, PartnerOrganisation> partners)
{
    private readonly ConsentChecker _consents = new();

    public void AddConferencesAndConsultations(IReadOnlyList<Fallakte> files)
    {
        foreach (var (file, index) in files.Select((f, i) => (f, i)))
        {
            if (file.Phase is CasePhase.Leistungssteuerung or CasePhase.Monitoring)
            {
                AddConference(file, pending: index % 2 == 0);
            }

            if (!file.IsClosed && file.Client is { } client)
            {
                AddConsultation(file, client, index);
            }
        }

        db.Conferences.Add(new Fallkonferenz
        {
            DistrictId = KreisWarendorf.Suedkreis,
            Kind = ConferenceKind.StrukturellAnonymisiert,
            Status = ConferenceStatus.Geplant,
            ScheduledAt = now.AddDays(21),
            Place = "Kreishaus Warendorf, Raum 2.14",
            Agenda = "Anonymisierte Fallrekonstruktion: Übergang Schule – Ausbildung ohne Sprachkursplatz",
            OrganisedBy = DemoUsers.KoordinationSued.UserName,
        });
    }

    public void AddFindings(IReadOnlyList<Fallakte> files)
    {
        var topic = new FindingTopic
        {
            DistrictId = KreisWarendorf.Suedkreis,
            Title = "Fehlende Integrationskursplätze mit Kinderbetreuung",
            Description = "In mehreren Kommunen des Südkreises gibt es keine Kurse mit Kinderbetreuung.",
            CreatedBy = DemoUsers.KoordinationSued.UserName,
            CreatedAt = now.AddDays(-30),
            LenkungsgruppeMeetingOn = KimCalendar.DateOf(now).AddDays(40),
        };
        db.FindingTopics.Add(topic);
        (FindingCategory Category, string Text, bool InTopic)[] findings =
        [
            (FindingCategory.Sprachkurs, "Kein Integrationskurs mit Kinderbetreuung vor Ort; Wartezeit über 6 Monate.", true),
            (FindingCategory.Kinderbetreuung, "Kita-Plätze fehlen; Kursteilnahme für Eltern nicht möglich.", true),
            (FindingCategory.Mobilitaet, "Keine Busverbindung zum Kursort am Vormittag.", false),
            (FindingCategory.Anerkennung, "Anerkennungsverfahren für Pflegeberufe dauert über ein Jahr.", false),
            (FindingCategory.Verwaltungsablauf, "Termine bei der Leistungsbehörde nur online buchbar, ohne Sprachauswahl.", false),
            (FindingCategory.Wohnen, "Kaum bezahlbarer Wohnraum für Familien mit mehr als drei Kindern.", false),
        ];
        foreach (var ((category, text, inTopic), i) in findings.Select((f, i) => (f, i)))
        {
            var file = files[(i * 7) % files.Count];
            db.Findings.Add(new StructuralFinding
            {
                Category = category,
                DistrictId = inTopic ? KreisWarendorf.Suedkreis : file.DistrictId,
                MunicipalityId = inTopic ? "oelde" : file.MunicipalityId,
                Description = text,
                LinkedCaseId = file.Id,
                ReportedBy = file.ResponsibleCaseManager ?? DemoUsers.CaseManagersOf(file.DistrictId)[0].UserName,
                ReportedAt = now.AddDays(-10 - (i * 9)),
                Status = inTopic ? FindingStatus.InLenkungsgruppe : FindingStatus.Neu,
                TopicId = inTopic ? topic.Id : null,
            });
        }
    }

    private void AddConference(Fallakte file, bool pending)
    {
        var conference = new Fallkonferenz
        {
            CaseId = file.Id,
            DistrictId = file.DistrictId,
            Kind = ConferenceKind.Individuell,
            Status = pending ? ConferenceStatus.Eingeladen : ConferenceStatus.Protokolliert,
            ScheduledAt = KimCalendar.StartOf(KimCalendar.DateOf(now).AddDays(pending ? 5 + random.Next(15) : -20 - random.Next(30))).AddHours(pending ? 9 : 13),
            Place = pending && random.Next(2) == 0 ? null : "Kommunales Integrationszentrum, Ahlen",
            Agenda = "Abstimmung der Hilfeplanung: Sprache, Arbeit, Schule der Kinder",
            ClientParticipates = random.Next(2) == 0,
            OrganisedBy = file.ResponsibleCaseManager ?? "",
        };
        conference.VideoLink = conference.Place is null ? "https://video.example/kim-" + file.CaseNumber : null;
        conference.AnswerDeadline = conference.ScheduledAt.AddDays(-2);
        foreach (var name in new[] { DemoPartners.Jobcenter, DemoPartners.JugendamtKreis, "Gesamtschule am Musterweg (fiktiv)" })
        {
            var partner = partners[name];
            var decision = _consents.Check(file.Consents, file.Id, partner.Id, DataCategory.AllgemeineFalldaten, now);
            conference.Invitations.Add(new ConferenceInvitation
            {
                ConferenceId = conference.Id,
                PartnerOrganisationId = partner.Id,
                ContactPersonId = partner.ContactPersons.FirstOrDefault()?.Id,
                Email = partner.ContactPersons.FirstOrDefault()?.Email,
                Answer = !decision.Allowed ? InvitationAnswer.NichtEingeladen
                    : pending ? (random.Next(3) == 0 ? InvitationAnswer.Offen : InvitationAnswer.Zugesagt)
                    : InvitationAnswer.Zugesagt,
                AnsweredAt = decision.Allowed ? now.AddDays(-1) : null,
                NotInvitedReason = decision.Reason,
            });
        }

        if (!pending)
        {
            conference.ProtocolSummary = "Hilfeplanung abgestimmt; Zuständigkeiten geklärt (Demo).";
            conference.ReviewOfEarlierMeasures = "Anmeldung zum Integrationskurs erfolgt.";
            conference.ProtocolWrittenAt = conference.ScheduledAt.AddDays(2);
            conference.AgreedSteps.Add(new AgreedStep
            {
                ConferenceId = conference.Id,
                Description = "Antrag auf Kinderbetreuung stellen",
                Responsible = "Jugendamt",
                DueOn = KimCalendar.DateOf(now).AddDays(14),
            });
            conference.AgreedSteps.Add(new AgreedStep
            {
                ConferenceId = conference.Id,
                Description = "Vermittlungsvorschlag Teilzeitstelle",
                Responsible = "Jobcenter",
                DueOn = KimCalendar.DateOf(now).AddDays(-3),
            });
        }

        db.Conferences.Add(conference);
    }

    private void AddConsultation(Fallakte file, Client client, int index)
    {
        var topic = client.Aufenthaltsstatus switch
        {
            Aufenthaltsstatus.Duldung when client.BirthDate is { } born && born > KimCalendar.DateOf(now).AddYears(-27) => ConsultationTopic.Bleiberecht25a,
            Aufenthaltsstatus.Duldung => ConsultationTopic.Bleiberecht25b,
            Aufenthaltsstatus.Niederlassungserlaubnis => ConsultationTopic.Einbuergerung10StAG,
            _ => (ConsultationTopic?)null,
        };
        if (topic is null)
        {
            return;
        }

        var authority = ConsultationChecklists.AuthorityFor(topic.Value);
        var askedAt = now.AddDays(-3 - random.Next(25));
        var answered = index % 3 == 0;
        var consultation = new Consultation
        {
            CaseId = file.Id,
            Authority = authority,
            Topic = topic.Value,
            Question = topic == ConsultationTopic.Einbuergerung10StAG
                ? "Sind die Voraussetzungen für eine Einbürgerung nach § 10 StAG voraussichtlich erfüllt?"
                : "Kommt eine Aufenthaltserlaubnis nach dem Bleiberecht in Betracht?",
            Status = answered ? ConsultationStatus.Beantwortet : ConsultationStatus.Gestellt,
            AskedBy = file.ResponsibleCaseManager ?? "",
            AddressedTo = authority == Authority.Auslaenderbehoerde ? DemoUsers.Abh.UserName : null,
            AskedAt = askedAt,
            DueOn = KimCalendar.DateOf(askedAt).AddDays(14),
        };
        if (answered)
        {
            consultation.Outcome = (ConsultationOutcome)(index % 3 == 0 ? random.Next(3) : 0);
            consultation.Status = consultation.Outcome == ConsultationOutcome.UnterlagenFehlen
                ? ConsultationStatus.UnterlagenNachgefordert
                : ConsultationStatus.Beantwortet;
            consultation.AnsweredAt = askedAt.AddDays(1 + random.Next(12));
            consultation.AnswerText = consultation.Outcome switch
            {
                ConsultationOutcome.Positiv => "Voraussetzungen nach Aktenlage voraussichtlich erfüllt.",
                ConsultationOutcome.Negativ => "Voraussetzungen derzeit nicht erfüllt; Perspektive besprechen.",
                _ => "Nachweis über Sprachkenntnisse fehlt.",
            };
        }

        foreach (var criterion in ConsultationChecklists.For(topic.Value))
        {
            consultation.ChecklistAnswers.Add(new ChecklistAnswer
            {
                ConsultationId = consultation.Id,
                CriterionKey = criterion.Key,
                Question = criterion.Question,
                Answer = random.Next(5) switch { 0 => null, 1 => false, _ => true },
            });
        }

        db.Consultations.Add(consultation);
    }
}
