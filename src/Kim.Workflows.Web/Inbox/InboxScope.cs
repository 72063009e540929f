using System.Security.Claims;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Runtime.Queries;
using Kim.Workflows.Web.Auth;

namespace Kim.Workflows.Web.Inbox;

/// <summary>Which tasks a user may list: the filter of each inbox view for a signed-in user (or API key).</summary>
public static class InboxScope
{
    /// <summary>"Alle" for administration and Kreis-wide coordination: every task (null); district coordination: its districts' groups.</summary>
    public static IReadOnlyList<string>? AllScope(ClaimsPrincipal user)
    {
        if (user.IsInRole(KimRoles.Administration) || (user.IsInRole(KimRoles.Koordination) && user.IsKreisWide()))
        {
            return null;
        }

        return [.. user.Districts().SelectMany(d => new[] { KimGroups.CaseManagement(d), KimGroups.Coordination(d) }).Concat(user.Groups()).Distinct(StringComparer.Ordinal)];
    }

    public static bool MaySeeAll(ClaimsPrincipal user) => user.IsInRole(KimRoles.Administration) || user.IsInRole(KimRoles.Koordination);

    public static InboxFilter Filter(ClaimsPrincipal user, InboxView view) => view switch
    {
        InboxView.Mine => new InboxFilter(InboxView.Mine, user.UserId(), null),
        InboxView.Group => new InboxFilter(InboxView.Group, user.UserId(), user.Groups()),
        _ => new InboxFilter(InboxView.All, user.UserId(), AllScope(user)),
    };

    /// <summary>May this user open the task (see it, its form and its case key)?</summary>
    public static bool MaySee(ClaimsPrincipal user, TaskDetails task)
    {
        if (MayWork(user, task))
        {
            return true;
        }

        if (!MaySeeAll(user))
        {
            return false;
        }

        var scope = AllScope(user);
        return scope is null || task.CandidateGroups.Any(scope.Contains);
    }

    /// <summary>May this user claim or complete the task: it is theirs, or unassigned and one of their groups (or them) is a candidate; administrators always.</summary>
    public static bool MayWork(ClaimsPrincipal user, TaskDetails task)
    {
        var me = user.UserId();
        if (task.Task.Assignee == me || user.IsInRole(KimRoles.Administration))
        {
            return true;
        }

        if (task.Task.Assignee is not null)
        {
            return false;
        }

        var groups = user.Groups();
        return task.CandidateUsers.Contains(me) || task.CandidateGroups.Any(groups.Contains);
    }
}
