namespace Kim.Workflows.Web.Api.Rules;

/// <summary>What a business key (Geschäftsschlüssel, e.g. a case number) may be: optional, at most 255 characters, one line, no invisible characters.</summary>
internal static class BusinessKeyRule
{
    /// <summary>The column width of every table that stores business keys.</summary>
    public const int MaxLength = 255;

    public static void Check(FieldErrors errors, string field, string? businessKey)
    {
        if (businessKey is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(businessKey))
        {
            errors.Add(field, "Der Geschäftsschlüssel ist leer; lassen Sie ihn weg oder geben Sie einen an.");
        }
        else if (businessKey.Length > MaxLength)
        {
            errors.Add(field, $"Der Geschäftsschlüssel hat {businessKey.Length} Zeichen; erlaubt sind höchstens {MaxLength}.");
        }
        else if (TextRule.UnsafeCharacter(businessKey, allowLineBreaks: false) is { } unsafeCharacter)
        {
            errors.Add(field, "Der Geschäftsschlüssel " + unsafeCharacter);
        }
    }
}
