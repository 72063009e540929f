namespace Kim.Workflows.Engine.Expressions.Evaluation;

internal enum UnaryOperator
{
    Negate,
    Not,
    Empty,
}
