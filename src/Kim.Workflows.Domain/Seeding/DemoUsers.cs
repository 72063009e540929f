using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Districts;

namespace Kim.Workflows.Domain.Seeding;

/// <summary>
/// The demo staff of the embedded default: 7 case managers for the seed's 7.0 posts (Ahlen 1,
/// Beckum 1, Südkreis 3 people on 2.5 posts, Nordkreis 2 people with half a post vacant),
/// 3 coordination users, ABH, EBH, a process owner and an administrator. All people are fictitious; mail goes to
/// <c>kreis-warendorf.example</c>, a reserved domain that never delivers.
/// </summary>
public static class DemoUsers
{
    private const string Domain = "kreis-warendorf.example";

    public static readonly DemoUser CmAhlen = CaseManager("cm.ahlen", "Clara Beispiel", KreisWarendorf.Ahlen);
    public static readonly DemoUser CmBeckum = CaseManager("cm.beckum", "Jonas Exempel", KreisWarendorf.Beckum);
    public static readonly DemoUser CmSued1 = CaseManager("cm.sued1", "Miriam Muster", KreisWarendorf.Suedkreis);
    public static readonly DemoUser CmSued2 = CaseManager("cm.sued2", "Tobias Probe", KreisWarendorf.Suedkreis);
    public static readonly DemoUser CmSued3 = CaseManager("cm.sued3", "Aylin Platzhalter", KreisWarendorf.Suedkreis);
    public static readonly DemoUser CmNord1 = CaseManager("cm.nord1", "Lena Fiktiv", KreisWarendorf.Nordkreis);
    public static readonly DemoUser CmNord2 = CaseManager("cm.nord2", "David Demo", KreisWarendorf.Nordkreis);

    public static readonly DemoUser KoordinationLeitung = new(
        "koord.leitung", "Sabine Vorlage (Leitung Koordination)", KimRole.Coordination,
        [KreisWarendorf.Ahlen, KreisWarendorf.Beckum, KreisWarendorf.Suedkreis, KreisWarendorf.Nordkreis],
        $"koord.leitung@{Domain}", KreisWide: true);

    public static readonly DemoUser KoordinationSued = new(
        "koord.sued", "Peter Schablone", KimRole.Coordination,
        [KreisWarendorf.Suedkreis, KreisWarendorf.Beckum], $"koord.sued@{Domain}");

    public static readonly DemoUser KoordinationNord = new(
        "koord.nord", "Hanna Entwurf", KimRole.Coordination,
        [KreisWarendorf.Nordkreis, KreisWarendorf.Ahlen], $"koord.nord@{Domain}");

    public static readonly DemoUser Abh = new("abh.bleiberecht", "Markus Testfall (ABH)", KimRole.Auslaenderbehoerde, [], $"abh.bleiberecht@{Domain}");

    public static readonly DemoUser Ebh = new("ebh.einbuergerung", "Nadia Musterfrau (EBH)", KimRole.Einbuergerungsbehoerde, [], $"ebh.einbuergerung@{Domain}");

    public static readonly DemoUser ProcessOwner = new("prozess", "Ulrike Modell (Prozessverantwortung)", KimRole.ProcessOwner, [], $"prozess@{Domain}");

    public static readonly DemoUser Admin = new("admin", "Administrator (Demo)", KimRole.Administrator, [], $"admin@{Domain}");

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        CmAhlen, CmBeckum, CmSued1, CmSued2, CmSued3, CmNord1, CmNord2,
        KoordinationLeitung, KoordinationSued, KoordinationNord,
        Abh, Ebh, ProcessOwner, Admin,
    ];

    public static IReadOnlyList<DemoUser> CaseManagersOf(string districtId) =>
        [.. All.Where(u => u.Role == KimRole.CaseManager && u.DistrictIds.Contains(districtId))];

    public static DemoUser? Find(string userName) => All.FirstOrDefault(u => u.UserName == userName);

    private static DemoUser CaseManager(string userName, string displayName, string districtId) =>
        new(userName, displayName, KimRole.CaseManager, [districtId], $"{userName}@{Domain}");
}
