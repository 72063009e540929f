namespace Kim.Workflows.Engine.Expressions;

/// <summary>Read access to the variables visible from the scope an expression is evaluated in.</summary>
public interface IVariableReader
{
    bool TryGetVariable(string name, out object? value);
}
