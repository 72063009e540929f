namespace Kim.Workflows.Domain.Consents;

/// <summary>
/// Categories of data a Schweigepflichtentbindung can release. <see cref="AllgemeineFalldaten"/> is a
/// convenience for the ordinary categories; it never covers the special ones (see
/// <see cref="DataCategories.IsSpecial"/>), which must be named one by one.
/// </summary>
public enum DataCategory
{
    Stammdaten,
    Kontaktdaten,
    Aufenthalt,
    Sprache,
    BildungAnerkennung,
    Arbeit,
    Wohnen,
    Finanzen,
    FamilieSchuleKita,
    Teilhabe,
    Sozialleistungen,
    /// <summary>All ordinary categories above at once; not the Art. 9/10 ones.</summary>
    AllgemeineFalldaten,
    /// <summary>Art. 9 DSGVO.</summary>
    Gesundheit,
    /// <summary>Art. 9 DSGVO.</summary>
    ReligioeseUeberzeugung,
    /// <summary>Art. 9 DSGVO (racial or ethnic origin), e.g. in asylum reasons.</summary>
    EthnischeHerkunft,
    /// <summary>Art. 9 DSGVO.</summary>
    SexuelleOrientierung,
    /// <summary>Art. 10 DSGVO: criminal convictions and offences (Bleiberecht, Einbürgerung).</summary>
    Strafrechtliches,
}
