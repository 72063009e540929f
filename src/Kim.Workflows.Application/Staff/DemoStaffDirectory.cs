using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Seeding;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Application.Staff;

/// <summary>The staff of the embedded default (<see cref="DemoUsers"/>), with configured mailboxes taking precedence.</summary>
public sealed class DemoStaffDirectory(IOptions<ApplicationOptions> options) : IStaffDirectory
{
    public string DisplayName(string? userName) =>
        userName is null ? "Fallmanagement KIM" : DemoUsers.Find(userName)?.DisplayName ?? userName;

    public string CaseManagerEmail(string? userName, string districtId) =>
        (userName is null ? null : DemoUsers.Find(userName)?.Email)
        ?? string.Format(System.Globalization.CultureInfo.InvariantCulture, options.Value.TeamMailboxPattern, districtId);

    public string? EmailOf(string userName) => DemoUsers.Find(userName)?.Email;

    public string CoordinationEmail(string districtId)
    {
        if (options.Value.CoordinationEmails.TryGetValue(districtId, out var configured))
        {
            return configured;
        }

        var coordination = DemoUsers.All.Where(u => u.Role == KimRole.Coordination).ToList();
        return (coordination.FirstOrDefault(u => !u.KreisWide && u.DistrictIds.Contains(districtId))
            ?? coordination.First(u => u.KreisWide)).Email;
    }
}
