namespace Kim.Workflows.Runtime.Queries;

/// <summary>The three lists of the task inbox.</summary>
public enum InboxView
{
    /// <summary>"Meine Aufgaben": open tasks assigned to me.</summary>
    Mine,

    /// <summary>"Gruppenaufgaben": open, unassigned tasks of one of my candidate groups (or naming me as candidate user).</summary>
    Group,

    /// <summary>"Alle": every open task in scope (all, or those of a set of groups), assigned or not.</summary>
    All,
}
