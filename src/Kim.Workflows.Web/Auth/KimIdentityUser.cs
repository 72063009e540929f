using Microsoft.AspNetCore.Identity;

namespace Kim.Workflows.Web.Auth;

/// <summary>A login in the database. Role via Identity roles; districts and Kreis-wide flag for the candidate groups.</summary>
public sealed class KimIdentityUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>District ids, comma-separated (e.g. <c>ahlen,beckum</c>).</summary>
    public string Districts { get; set; } = "";

    public bool KreisWide { get; set; }

    public IReadOnlyList<string> DistrictIds => Districts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
