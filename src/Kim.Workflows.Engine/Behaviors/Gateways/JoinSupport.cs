using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Gateways;

/// <summary>Shared by the parallel and inclusive joins: the tokens resting at one gateway in one scope.</summary>
internal static class JoinSupport
{
    public static List<Token> JoiningAt(ProcessInstance instance, Token token) =>
        instance.Tokens
            .Where(t => t.State == TokenState.Joining && t.ElementId == token.ElementId && t.ScopeId == token.ScopeId)
            .OrderBy(t => t.Sequence)
            .ToList();

    /// <summary>Merges the given tokens into <paramref name="survivor"/>: the others are consumed.</summary>
    public static void Merge(ProcessInstance instance, Token survivor, IEnumerable<Token> consumed)
    {
        foreach (var t in consumed)
        {
            if (t.Id != survivor.Id)
            {
                instance.Tokens.Remove(t);
            }
        }

        survivor.State = TokenState.Active;
    }

    public static bool IsJoin(FlowNode node) => node.Incoming.Count > 1;
}
