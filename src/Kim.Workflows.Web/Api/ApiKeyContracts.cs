using Kim.Workflows.Web.Auth.ApiKeys;

namespace Kim.Workflows.Web.Api;

public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Roles, IReadOnlyList<string>? Groups);

public sealed record ApiKeySummary(Guid Id, string Name, string Prefix, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt)
{
    public static ApiKeySummary From(ApiKeyRecord r) => new(r.Id, r.Name, r.Prefix, r.RoleList, r.GroupList, r.CreatedAt, r.CreatedBy, r.RevokedAt);
}

/// <summary>The new key: shown once, stored only as its SHA-256.</summary>
public sealed record CreatedApiKey(ApiKeySummary Key, string Secret);
