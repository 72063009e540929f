using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Runtime.Outbox;

namespace Kim.Workflows.Runtime.Tests.Persistence;

public sealed class OutboxPayloadTests
{
    [Fact]
    public void A_user_task_with_enum_form_fields_round_trips_through_the_outbox()
    {
        var field = new FormField("weiteresVorgehen", "Weiteres Vorgehen", FormFieldType.Enum, null,
            [new("fallmanagement", "Eigenes Fallmanagement"), new("verweisberatung", "Verweisberatung")], [new FormConstraint("required", null)],
            new Dictionary<string, string>());
        var effect = new UserTaskCreated(Guid.NewGuid(), Guid.NewGuid(), "Task_Erstberatung", "Erstberatung durchführen", "case-management-cycle", "KIM-2026-0001",
            new ResolvedUserTask("cm.ahlen", ["cm-ahlen"], [], null, null, 50, null, [field]), DateTimeOffset.UnixEpoch);

        var back = (UserTaskCreated)OutboxPayload.Deserialize(OutboxKinds.UserTaskCreated, OutboxPayload.Serialize(effect));

        Assert.Equal("cm.ahlen", back.Task.Assignee);
        var values = Assert.Single(back.Task.FormFields).EnumValues;
        Assert.Equal(("verweisberatung", "Verweisberatung"), (values[1].Key, values[1].Value));
    }
}
