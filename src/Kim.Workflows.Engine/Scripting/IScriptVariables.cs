namespace Kim.Workflows.Engine.Scripting;

/// <summary>The variables a script task sees through <c>execution.getVariable/setVariable/hasVariable</c>.</summary>
public interface IScriptVariables
{
    object? GetVariable(string name);

    void SetVariable(string name, object? value);

    bool HasVariable(string name);
}
