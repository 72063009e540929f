using System.Security.Cryptography;
using System.Text;
using Kim.Workflows.Web.Auth.Persistence;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Auth.ApiKeys;

/// <summary>
/// Creates, lists, revokes and checks API keys. A key is <c>kim_</c> + 32 random bytes (base64url); only its
/// SHA-256 is stored, so a database dump reveals no usable key. The key is returned once, at creation.
/// </summary>
public sealed class ApiKeyService(KimIdentityDbContext db, TimeProvider time)
{
    public const string HeaderName = "X-Api-Key";
    private const string KeyPrefix = "kim_";

    public async Task<(ApiKeyRecord Record, string Key)> CreateAsync(
        string name, IEnumerable<string> roles, IEnumerable<string> groups, string createdBy, CancellationToken cancellationToken = default)
    {
        var roleList = roles.Select(KimRoles.Normalize).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (roleList.Count == 0)
        {
            throw new ArgumentException("Ein API-Schlüssel braucht mindestens eine Rolle.", nameof(roles));
        }

        var key = KeyPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var record = new ApiKeyRecord
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            Prefix = key[..12],
            Hash = Hash(key),
            Roles = string.Join(',', roleList),
            Groups = string.Join(',', groups.Select(g => g.Trim()).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal)),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = createdBy,
        };
        db.ApiKeys.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return (record, key);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken);

    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return await db.ApiKeys.Where(k => k.Id == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), cancellationToken) > 0;
    }

    /// <summary>The active key with this secret, or null. Looks up by hash (an index seek), never by the key itself.</summary>
    public async Task<ApiKeyRecord?> FindActiveAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal) || key.Length > 100)
        {
            return null;
        }

        var hash = Hash(key);
        return await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken);
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
