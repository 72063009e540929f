using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;

namespace Kim.Workflows.Runtime.Tests.Persistence;

public sealed class EfDefinitionRepositoryTests
{
    [Fact]
    public async Task Unchanged_file_gives_nothing_new_and_a_changed_one_gives_v2_while_running_instances_stay_on_v1()
    {
        await using var h = await StoreHarness.CreateAsync();
        var xml = Bpmn.Read("Persistence/user-task.bpmn");
        var first = await h.Definitions.DeployAsync(xml, "user-task.bpmn", "prozessverantwortliche");
        var running = await h.Engine.StartAsync("erstberatung", null, new Dictionary<string, object?> { ["district"] = "beckum" });

        var again = await h.Definitions.DeployAsync(xml, "user-task.bpmn");
        Assert.True(again.Success);
        Assert.True(again.Unchanged);
        Assert.Empty(again.Deployed);

        var changed = await h.Definitions.DeployAsync(xml.Replace("Erstberatung durchführen", "Erstberatung führen", StringComparison.Ordinal), "user-task.bpmn");
        Assert.Equal("erstberatung:2", Assert.Single(changed.Deployed).Id);
        Assert.Equal("erstberatung:1", Assert.Single(first.Deployed).Id);

        var versions = await h.Definitions.VersionsAsync("erstberatung");
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.All(versions, v => Assert.Equal(DefinitionState.Published, v.State));
        Assert.Equal("prozessverantwortliche", versions[0].DeployedBy);

        var stored = (await h.Store.LoadTreeAsync(running.InstanceId!.Value)).Single();
        Assert.Equal("erstberatung:1", stored.DefinitionId);
        var next = await h.Engine.StartAsync("erstberatung", null, new Dictionary<string, object?> { ["district"] = "beckum" });
        Assert.Equal("erstberatung:2", next.Instance!.DefinitionId);
    }

    [Fact]
    public async Task A_draft_is_not_started_until_published()
    {
        await using var h = await StoreHarness.CreateAsync();
        var xml = Bpmn.Read("Persistence/user-task.bpmn");
        await h.Definitions.DeployAsync(xml, "user-task.bpmn");
        var draft = await h.Definitions.DeployAsync(xml.Replace("Erstberatung durchführen", "Neu", StringComparison.Ordinal), "user-task.bpmn", publish: false);

        Assert.Equal("erstberatung:1", h.Definitions.FindLatest("erstberatung")!.Id);
        await h.Definitions.PublishAsync(draft.Deployed[0].Id);
        Assert.Equal("erstberatung:2", h.Definitions.FindLatest("erstberatung")!.Id);
    }

    [Fact]
    public async Task An_invalid_file_is_refused_with_problems()
    {
        await using var h = await StoreHarness.CreateAsync();
        var result = await h.Definitions.DeployAsync("<nope/>", "broken.bpmn");
        Assert.False(result.Success);
        Assert.NotEmpty(result.Problems);
        Assert.Empty(await h.Definitions.VersionsAsync("nope"));
    }
}
