using Kim.Workflows.Engine.Model;
using Kim.Workflows.Runtime.Persistence.Entities;

namespace Kim.Workflows.Runtime.Queries;

/// <summary>A task with its form fields and the instance's current variables (for default and read-only values).</summary>
public sealed record TaskDetails(UserTaskRecord Task, IReadOnlyList<FormField> Fields, IReadOnlyDictionary<string, object?> Variables)
{
    public IReadOnlyList<string> CandidateGroups => [.. Task.Candidates.Where(c => c.Kind == CandidateKind.Group).Select(c => c.Value)];

    public IReadOnlyList<string> CandidateUsers => [.. Task.Candidates.Where(c => c.Kind == CandidateKind.User).Select(c => c.Value)];
}
