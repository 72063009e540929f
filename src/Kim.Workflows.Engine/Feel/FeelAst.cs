namespace Kim.Workflows.Engine.Feel;

/// <summary>Syntax tree of a parsed FEEL expression; <see cref="Position"/> points into the source text.</summary>
internal abstract record FeelNode(int Position);

internal sealed record LiteralNode(int Position, object? Value) : FeelNode(Position);

/// <summary>A name, possibly of several words (<c>Full Name</c>), resolved against the scope at evaluation.</summary>
internal sealed record NameNode(int Position, string Name) : FeelNode(Position);

/// <summary><c>a.b</c>; <see cref="AsName"/> is the whole text when it could also be one name such as <c>Nr.Kunde</c>.</summary>
internal sealed record PathNode(int Position, FeelNode Target, string Member, string? AsName = null) : FeelNode(Position);

internal sealed record FilterNode(int Position, FeelNode Target, FeelNode Condition) : FeelNode(Position);

internal sealed record CallNode(int Position, FeelNode Function, IReadOnlyList<FeelNode> Arguments, IReadOnlyList<string>? ArgumentNames)
    : FeelNode(Position);

/// <summary>
/// A binary operator. FEEL names may contain + - * / (<c>Kosten-Stelle</c>): when both sides are names,
/// <see cref="AsName"/> holds the whole text, and a variable of that name wins over the operation.
/// </summary>
internal sealed record BinaryNode(int Position, string Operator, FeelNode Left, FeelNode Right, string? AsName = null) : FeelNode(Position);

internal sealed record NegationNode(int Position, FeelNode Operand) : FeelNode(Position);

internal sealed record AndNode(int Position, FeelNode Left, FeelNode Right) : FeelNode(Position);

internal sealed record OrNode(int Position, FeelNode Left, FeelNode Right) : FeelNode(Position);

internal sealed record BetweenNode(int Position, FeelNode Value, FeelNode Low, FeelNode High) : FeelNode(Position);

/// <summary><c>value in tests</c>: true when one of the positive unary tests holds.</summary>
internal sealed record InNode(int Position, FeelNode Value, IReadOnlyList<FeelNode> Tests) : FeelNode(Position);

internal sealed record InstanceOfNode(int Position, FeelNode Value, FeelTypeRef Type) : FeelNode(Position);

internal sealed record IfNode(int Position, FeelNode Condition, FeelNode Then, FeelNode Else) : FeelNode(Position);

internal sealed record IteratorClause(string Name, FeelNode Source, FeelNode? RangeEnd);

internal sealed record ForNode(int Position, IReadOnlyList<IteratorClause> Iterators, FeelNode Body) : FeelNode(Position);

internal sealed record QuantifiedNode(int Position, bool Every, IReadOnlyList<IteratorClause> Iterators, FeelNode Condition) : FeelNode(Position);

internal sealed record ListNode(int Position, IReadOnlyList<FeelNode> Items) : FeelNode(Position);

internal sealed record ContextNode(int Position, IReadOnlyList<KeyValuePair<string, FeelNode>> Entries) : FeelNode(Position);

/// <summary>A range literal; a null bound node means the bound is absent (as in <c>&gt;= 10</c>).</summary>
internal sealed record RangeNode(int Position, bool StartIncluded, FeelNode? Start, FeelNode? End, bool EndIncluded) : FeelNode(Position);

/// <summary>A unary test with an implicit left side: <c>= x</c>, <c>!= x</c>, or a plain expression compared with the input.</summary>
internal sealed record UnaryTestNode(int Position, string Operator, FeelNode Operand) : FeelNode(Position);

/// <summary><c>not(t1, t2)</c> in unary-test position, and the <c>-</c> that matches anything.</summary>
internal sealed record NegatedTestsNode(int Position, IReadOnlyList<FeelNode> Tests) : FeelNode(Position);

/// <summary>Several positive unary tests separated by commas: true when one holds.</summary>
internal sealed record TestListNode(int Position, IReadOnlyList<FeelNode> Tests) : FeelNode(Position);

/// <summary>A unary test that names the input (<c>? &gt; 5</c>, <c>string length(?) &lt; 10</c>): its boolean value is the verdict.</summary>
internal sealed record InputTestNode(int Position, FeelNode Expression) : FeelNode(Position);

internal sealed record AnyTestNode(int Position) : FeelNode(Position);

internal sealed record FunctionDefinitionNode(int Position, IReadOnlyList<string> Parameters, FeelNode Body) : FeelNode(Position);

/// <summary>A type in <c>instance of</c>: a name such as <c>number</c>, or <c>list&lt;T&gt;</c>, <c>range&lt;T&gt;</c>, <c>context&lt;k: T&gt;</c>, <c>function&lt;T&gt; -&gt; T</c>.</summary>
internal sealed record FeelTypeRef(string Name, IReadOnlyList<FeelTypeRef> Arguments, IReadOnlyList<string>? FieldNames = null);
