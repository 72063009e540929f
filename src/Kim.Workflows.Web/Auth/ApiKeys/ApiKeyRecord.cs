namespace Kim.Workflows.Web.Auth.ApiKeys;

/// <summary>
/// A machine client's key. Only the SHA-256 of the key is stored (hex); the key itself is shown once at creation.
/// <see cref="Prefix"/> (the first characters) lets administrators tell keys apart without the secret.
/// </summary>
public sealed class ApiKeyRecord
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string Prefix { get; set; } = "";

    public string Hash { get; set; } = "";

    /// <summary>Role names the key acts with, comma-separated.</summary>
    public string Roles { get; set; } = "";

    /// <summary>Candidate groups the key may work from (task API), comma-separated; empty for none.</summary>
    public string Groups { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? RevokedAt { get; set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> GroupList => Groups.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
