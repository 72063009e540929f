namespace Kim.Workflows.Domain.Seeding;

/// <summary>
/// Fixed lists for demo clients. The family names are German words for "example" or "placeholder",
/// so nobody can mistake a demo case for a real person.
/// </summary>
internal static class DemoNames
{
    public static readonly string[] GivenNames =
    [
        "Amina", "Yusuf", "Olena", "Dmytro", "Samira", "Ahmad", "Mariam", "Tesfaye", "Leyla", "Arben",
        "Fatima", "Omar", "Iryna", "Bashir", "Nour", "Elif", "Hamid", "Zainab", "Kiril", "Daria",
    ];

    public static readonly string[] FamilyNames =
    [
        "Beispiel", "Muster", "Probe", "Demo", "Fiktiv", "Platzhalter", "Exempel", "Testfall",
    ];

    public static readonly (string Nationality, string Language)[] Origins =
    [
        ("syrisch", "Arabisch"), ("afghanisch", "Dari"), ("ukrainisch", "Ukrainisch"), ("irakisch", "Kurdisch"),
        ("eritreisch", "Tigrinya"), ("türkisch", "Türkisch"), ("rumänisch", "Rumänisch"), ("bulgarisch", "Bulgarisch"),
        ("guineisch", "Französisch"), ("iranisch", "Farsi"),
    ];
}
