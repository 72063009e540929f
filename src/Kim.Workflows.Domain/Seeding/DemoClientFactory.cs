using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Domain.Seeding;

/// <summary>
/// The person of a demo case file: client master data (name, origin, residence status) and household. Draws from the
/// case factory's random source, so the demo data stay the same for a given seed.
/// </summary>
internal sealed class DemoClientFactory(Random random, DateTimeOffset now)
{
    public Client CreateClient(int index, Guid caseId, string city)
    {
        var given = DemoNames.GivenNames[index % DemoNames.GivenNames.Length];
        var family = DemoNames.FamilyNames[(index * 3) % DemoNames.FamilyNames.Length];
        var (nationality, language) = DemoNames.Origins[index % DemoNames.Origins.Length];
        var today = KimCalendar.DateOf(now);
        var status = (index % 5) switch
        {
            0 => Aufenthaltsstatus.Duldung,
            1 => Aufenthaltsstatus.Aufenthaltserlaubnis,
            2 => Aufenthaltsstatus.Aufenthaltsgestattung,
            3 => Aufenthaltsstatus.Niederlassungserlaubnis,
            _ => Aufenthaltsstatus.EuFreizuegigkeit,
        };
        return new Client
        {
            CaseId = caseId,
            GivenName = given,
            FamilyName = family,
            BirthDate = today.AddYears(-(17 + random.Next(45))).AddDays(-random.Next(365)),
            Gender = index % 7 == 3 ? null : (index % 2 == 0 ? Gender.Weiblich : Gender.Maennlich),
            Nationality = nationality,
            Languages = index % 4 == 0 ? [language, "Englisch"] : [language],
            InterpreterNeeded = index % 3 != 0,
            InterpreterLanguage = index % 3 != 0 ? language : null,
            Phone = $"+49 000 0000{index:D3}",
            Email = $"{given.ToLowerInvariant()}.{family.ToLowerInvariant()}@example.org",
            Street = $"Musterstraße {1 + index}",
            PostalCode = "00000",
            City = city,
            Aufenthaltsstatus = status,
            AufenthaltsstatusValidUntil = status is Aufenthaltsstatus.Duldung or Aufenthaltsstatus.Aufenthaltserlaubnis or Aufenthaltsstatus.Aufenthaltsgestattung
                ? today.AddDays(-20 + random.Next(400))
                : null,
            EntryDate = today.AddYears(-(1 + random.Next(9))).AddDays(-random.Next(300)),
        };
    }

    public void AddHousehold(Fallakte file, int index)
    {
        var children = index % 4;
        for (var i = 0; i < children; i++)
        {
            file.HouseholdMembers.Add(new HouseholdMember
            {
                CaseId = file.Id,
                GivenName = DemoNames.GivenNames[(index + 7 + i) % DemoNames.GivenNames.Length],
                FamilyName = file.Client!.FamilyName,
                BirthDate = KimCalendar.DateOf(now).AddYears(-(2 + random.Next(14))),
                Relationship = HouseholdRelationship.Kind,
            });
        }
    }
}
