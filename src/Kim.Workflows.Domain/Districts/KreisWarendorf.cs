namespace Kim.Workflows.Domain.Districts;

/// <summary>
/// The district plan of the seed slides ("Geplante Bezirksaufteilung"): four districts, thirteen
/// municipalities, 7.0 case-management and 2.8 coordination posts (+0.7 lead). This is the single
/// source for routing and seeding; the database copy exists so reports can join on it.
/// </summary>
public static class KreisWarendorf
{
    public const string Ahlen = "ahlen";
    public const string Beckum = "beckum";
    public const string Suedkreis = "suedkreis";
    public const string Nordkreis = "nordkreis";

    /// <summary>The 0.7 coordination lead post belongs to the Kreis, not to a district.</summary>
    public const decimal CoordinationLeadPosts = 0.7m;

    public static IReadOnlyList<District> CreateDistricts() =>
    [
        Create(Ahlen, "Ahlen", 1.0m, 0.5m, ("ahlen", "Ahlen")),
        Create(Beckum, "Beckum", 1.0m, 0.3m, ("beckum", "Beckum")),
        Create(Suedkreis, "Südkreis", 2.5m, 1.0m,
            ("drensteinfurt", "Drensteinfurt"), ("ennigerloh", "Ennigerloh"), ("oelde", "Oelde"),
            ("sendenhorst", "Sendenhorst"), ("wadersloh", "Wadersloh")),
        Create(Nordkreis, "Nordkreis", 2.5m, 1.0m,
            ("beelen", "Beelen"), ("everswinkel", "Everswinkel"), ("sassenberg", "Sassenberg"),
            ("ostbevern", "Ostbevern"), ("telgte", "Telgte"), ("warendorf", "Warendorf")),
    ];

    private static District Create(
        string id, string name, decimal caseManagementPosts, decimal coordinationPosts,
        params (string Id, string Name)[] municipalities) => new()
    {
        Id = id,
        Name = name,
        CaseManagementPosts = caseManagementPosts,
        CoordinationPosts = coordinationPosts,
        Municipalities = [.. municipalities.Select(m => new Municipality { Id = m.Id, Name = m.Name, DistrictId = id })],
    };
}
