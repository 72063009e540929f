using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Tasks;

public sealed class UserTaskBehaviorTests
{
    [Fact]
    public async Task Created_task_carries_evaluated_assignment_dates_priority_and_form()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/user-task-attributes.bpmn");
        await h.StartAsync("userTaskAttributes", new { owner = "m.mueller", district = "ahlen" }, "KIM-2026-0042");

        var created = Assert.Single(h.EffectsOf<UserTaskCreated>());
        Assert.Equal("erstberatung", created.ElementId);
        Assert.Equal("Erstberatung", created.Name);
        Assert.Equal("KIM-2026-0042", created.BusinessKey);
        Assert.Equal(EngineHarness.Start, created.CreatedAt);
        var task = created.Task;
        Assert.Equal("m.mueller", task.Assignee);
        Assert.Equal(["cm-ahlen", "coordination"], task.CandidateGroups);
        Assert.Equal(["anna", "ben"], task.CandidateUsers);
        Assert.Equal(EngineHarness.Start.AddDays(14), task.DueDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), task.FollowUpDate);
        Assert.Equal(80, task.Priority);

        Assert.Equal(["clientName", "age", "consent", "nextMeeting", "referral"], task.FormFields.Select(f => f.Id));
        Assert.Equal([FormFieldType.String, FormFieldType.Long, FormFieldType.Boolean, FormFieldType.Date, FormFieldType.Enum], task.FormFields.Select(f => f.Type));
        var name = task.FormFields[0];
        Assert.True(name.IsRequired);
        Assert.Contains(name.Constraints, c => c.Name == "maxlength" && c.Config == "80");
        Assert.Equal("30", task.FormFields[1].DefaultValue);
        Assert.Equal("Schweigepflichtentbindung", task.FormFields[2].DisplayLabel);
        Assert.Equal([new KeyValuePair<string, string>("sgb2", "SGB II"), new("sgb8", "SGB VIII")], task.FormFields[4].EnumValues);
    }

    [Fact]
    public async Task Iso_due_date_and_defaults()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/user-task-attributes.bpmn");
        await h.StartAsync("userTaskAttributes", new { owner = "m.mueller", district = "beckum" });

        await h.CompleteAsync("erstberatung", new { clientName = "A." });

        var created = h.EffectsOf<UserTaskCreated>().Single(e => e.ElementId == "assessment");
        // 2026-02-01 is a Sunday: a person must act by then, so the due date moves to Monday at the same Berlin time.
        Assert.Equal(new DateTimeOffset(2026, 2, 2, 12, 0, 0, TimeSpan.Zero), created.Task.DueDate);
        Assert.Null(created.Task.Assignee);
        Assert.Empty(created.Task.CandidateGroups);
        Assert.Equal(50, created.Task.Priority);
        Assert.Contains(h.EffectsOf<UserTaskEnded>(), e => e.Completed);
    }
}
